using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dundian.Documents.Word;

/// <summary>
/// Writes a 简报 as .docx in the layout Chinese offices use for it (GB/T 9704-2012 page): the red masthead (series name
/// in large red 方正小标宋简体, 第N期 under it, 编发单位 left and the date right above a red rule), the title, the
/// 「据统计」 paragraph and the items in 3号 仿宋_GB2312 with 黑体/楷体 headings, and the 版记 (报/送/发 between rules,
/// 编辑/签发 and 共印N份) in a frame at the foot of the last page's text block.
/// </summary>
public static class BulletinDocx
{
    public static byte[] Write(BulletinPrint b, Func<string, (byte[] Bytes, string ContentType)?>? images = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            OfficialStyles.Add(main);
            Fonts.AddFontTable(main);
            OfficialPage.AddSettings(main, updateFieldsOnOpen: false);
            var footers = OfficialPage.AddPageNumberFooters(main);
            var body = new Body();
            foreach (var p in Masthead(b)) body.Append(p);
            if (!string.IsNullOrWhiteSpace(b.Title))
                body.Append(new Paragraph(Para.OffGrid(JustificationValues.Center, 240, 240), Para.Run(b.Title, OfficialFonts.XiaoBiaoSong, OfficialFonts.Er)));
            if (!string.IsNullOrWhiteSpace(b.Statistics)) body.Append(Para.Body(b.Statistics));
            var html = new HtmlToWord(main, images);
            var n = 0;
            foreach (var item in b.Items)
            {
                body.Append(Para.Heading(OfficialStyles.Heading1, b.Items.Count > 1 ? $"{ChineseNumber(++n)}、{item.Heading}" : item.Heading));
                if (!string.IsNullOrWhiteSpace(item.Byline))
                    body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }), Para.Run(item.Byline, OfficialFonts.KaiTi)));
                foreach (var p in html.Convert(item.BodyHtml)) body.Append(p);
            }
            foreach (var p in RecordParagraphs(b)) body.Append(p);
            body.Append(OfficialPage.Section(main, footers));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static IEnumerable<Paragraph> Masthead(BulletinPrint b)
    {
        yield return new Paragraph(Para.OffGrid(JustificationValues.Center, 0, 120),
            Para.Run(b.SeriesName, OfficialFonts.XiaoBiaoSong, OfficialFonts.XiaoChu, OfficialFonts.Red));
        yield return new Paragraph(Para.OffGrid(JustificationValues.Center, 0, 240),
            Para.Run(b.Number is { } n ? $"第{n}期" : "(未编号)", OfficialFonts.KaiTi));
        // 编发单位 at the left, the date at the right tab, on a red rule.
        var rule = new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 18, Color = OfficialFonts.Red, Space = 1 }),
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = OfficialPage.WidthTwips - OfficialPage.LeftTwips - OfficialPage.RightTwips }),
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Before = "0", After = "360", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        yield return new Paragraph(rule, Para.Run(b.IssuingUnit, OfficialFonts.FangSong), new Run(new TabChar()),
            Para.Run(b.IssueDate is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "", OfficialFonts.FangSong));
        if (!string.IsNullOrWhiteSpace(b.Notice))
            yield return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                Para.Run(b.Notice, OfficialFonts.HeiTi, OfficialFonts.San, OfficialFonts.Red));
    }

    /// <summary>
    /// 版记: paragraphs in one frame anchored to the bottom of the text block (framePr yAlign=bottom), so it sits at the
    /// foot of the last page however long the text is — in Word, WPS and LibreOffice alike (LibreOffice 7.4 lays a
    /// floating table out inline). Identical paragraph borders make one group: thick rules (0.35 mm) above and below.
    /// No thin rules between the lines: a "between" border makes LibreOffice 7.4 drop the frame and print the 版记
    /// inline after the text.
    /// </summary>
    private static IEnumerable<Paragraph> RecordParagraphs(BulletinPrint b)
    {
        var lines = new List<(string Left, string? Right)>();
        if (!string.IsNullOrWhiteSpace(b.ReportTo)) lines.Add(($"报:{b.ReportTo}", null));
        if (!string.IsNullOrWhiteSpace(b.SendTo)) lines.Add(($"送:{b.SendTo}", null));
        if (!string.IsNullOrWhiteSpace(b.DistributeTo)) lines.Add(($"发:{b.DistributeTo}", null));
        var people = string.Join("    ", new[] { Label("编辑", b.Editor), Label("签发", b.Signer) }.Where(s => s is not null));
        lines.Add((people, $"(共印{b.Copies}份)"));
        var width = OfficialPage.WidthTwips - OfficialPage.LeftTwips - OfficialPage.RightTwips;
        foreach (var (left, right) in lines)
        {
            var p = new Paragraph(new ParagraphProperties(
                new FrameProperties
                {
                    Width = width.ToString(), Wrap = TextWrappingValues.Around, HorizontalPosition = HorizontalAnchorValues.Margin,
                    VerticalPosition = VerticalAnchorValues.Margin, XAlign = HorizontalAlignmentValues.Center,
                    YAlign = VerticalAlignmentValues.Bottom, AnchorLock = true,
                },
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 8, Color = "000000", Space = 1 },
                    new BottomBorder { Val = BorderValues.Single, Size = 8, Color = "000000", Space = 1 }),
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = width - 280 }),
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { Left = "280", Right = "280" }),
                Para.Run(left, OfficialFonts.FangSong, OfficialFonts.Si));
            if (right is not null) p.Append(new Run(new TabChar()), Para.Run(right, OfficialFonts.FangSong, OfficialFonts.Si));
            yield return p;
        }
    }

    private static string? Label(string label, string? name) => string.IsNullOrWhiteSpace(name) ? null : $"{label}:{name}";

    internal static string ChineseNumber(int n)
    {
        string[] digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        if (n < 10) return digits[n];
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        return n.ToString();
    }
}
