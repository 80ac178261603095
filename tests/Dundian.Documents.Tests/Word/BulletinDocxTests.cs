using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Dundian.Documents.Word;
using Xunit;

namespace Dundian.Documents.Tests.Word;

public class BulletinDocxTests
{
    private static BulletinPrint Sample(int items, int paragraphsEach = 2) => new()
    {
        SeriesName = "蹲点调研活动简报", Number = 21, IssuingUnit = "县主题实践活动办公室", IssueDate = new DateOnly(2007, 5, 31),
        Title = "我县县级领导蹲点调研活动取得实效",
        Statistics = "据统计,截至2007年5月31日,累计进村蹲点调研时间达219天,撰写驻村蹲点手记36篇。",
        Items = Enumerable.Range(1, items).Select(i => new BulletinPrintItem($"第{i}组蹲点情况", "县委办公室 主任 张三",
            string.Concat(Enumerable.Range(1, paragraphsEach).Select(p =>
                $"<p>调研组深入东门渔村走访农户,召开座谈会,听取群众意见,<strong>帮助解决</strong>实际问题。第{p}段。</p>")))).ToList(),
        Editor = "王五", Signer = "李四", ReportTo = "市委组织部", SendTo = "县委、县人大、县政府、县政协领导",
        DistributeTo = "各镇乡(街道)党(工)委,县直各单位", Copies = 120,
    };

    [Fact]
    public void Bulletin_has_the_official_page_masthead_body_fonts_and_record()
    {
        var bytes = BulletinDocx.Write(Sample(2));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        OfficialLayoutAssert.PageGridAndFooters(doc);
        Assert.Null(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());

        var paragraphs = doc.MainDocumentPart.Document!.Body!.Elements<Paragraph>().ToList();
        // Masthead: series name large (小初 36 pt) red 方正小标宋简体, 第N期 under it, unit and date above a red rule.
        var name = paragraphs[0].Descendants<RunProperties>().Single();
        Assert.Equal(("蹲点调研活动简报", "方正小标宋简体", "72", "FF0000"),
            (paragraphs[0].InnerText, name.RunFonts!.EastAsia!.Value, name.FontSize!.Val!.Value, name.Color!.Val!.Value));
        Assert.Equal("第21期", paragraphs[1].InnerText);
        Assert.Equal("县主题实践活动办公室\t2007年5月31日".Replace("\t", ""), paragraphs[2].InnerText);
        var rule = paragraphs[2].ParagraphProperties!.ParagraphBorders!.BottomBorder!;
        Assert.Equal(("FF0000", BorderValues.Single), (rule.Color!.Value, rule.Val!.Value));

        // Statistics paragraph and items' text: 3号 仿宋 (the defaults) with a first-line indent of two characters.
        var stats = paragraphs.Single(p => p.InnerText.StartsWith("据统计", StringComparison.Ordinal));
        OfficialLayoutAssert.IndentedTwoCharacters(stats);
        var heading = paragraphs.First(p => p.InnerText.Contains("第1组蹲点情况", StringComparison.Ordinal));
        Assert.Equal(("Heading1", "一、第1组蹲点情况"), (heading.ParagraphProperties!.ParagraphStyleId!.Val!.Value, heading.InnerText));
        Assert.Contains(paragraphs, p => p.InnerText.StartsWith("二、", StringComparison.Ordinal));
        var text = paragraphs.First(p => p.InnerText.StartsWith("调研组深入", StringComparison.Ordinal));
        OfficialLayoutAssert.IndentedTwoCharacters(text);
        Assert.All(text.Descendants<RunFonts>(), f => Assert.Equal("仿宋_GB2312", f.EastAsia!.Value));
        Assert.Contains(text.Descendants<Run>(), r => r.RunProperties!.Bold is not null && r.InnerText == "帮助解决");

        // 版记: the last paragraphs, one frame anchored to the bottom of the text block, between rules:
        // 报/送/发 then 编辑/签发 and 共印N份, 4号 仿宋.
        var record = paragraphs.Where(p => p.ParagraphProperties?.FrameProperties is not null).ToList();
        Assert.Equal(record, paragraphs.TakeLast(record.Count));
        Assert.All(record, p =>
        {
            var frame = p.ParagraphProperties!.FrameProperties!;
            Assert.Equal((VerticalAnchorValues.Margin, VerticalAlignmentValues.Bottom), (frame.VerticalPosition!.Value, frame.YAlign!.Value));
            var rules = p.ParagraphProperties.ParagraphBorders!;
            Assert.Equal((8u, 8u), (rules.TopBorder!.Size!.Value, rules.BottomBorder!.Size!.Value));
        });
        Assert.Equal(["报:市委组织部", "送:县委、县人大、县政府、县政协领导", "发:各镇乡(街道)党(工)委,县直各单位", "编辑:王五    签发:李四(共印120份)"],
            record.Select(r => r.InnerText).ToList());
        Assert.All(record.SelectMany(r => r.Descendants<FontSize>()), s => Assert.Equal("28", s.Val!.Value));
    }

    [Fact]
    public void Bulletin_converts_to_pdf_one_page_when_short_and_numbers_every_page_when_long()
    {
        var shortPdf = Pdf.Convert(BulletinDocx.Write(Sample(1)), "bulletin-short");
        Pdf.Render(shortPdf);
        Assert.Equal(1, Pdf.Pages(shortPdf));
        var page = Pdf.Text(shortPdf, 1);
        Assert.Contains("第21期", page);
        Assert.Contains("(共印120份)", page);
        Assert.Contains("—1—", page);
        // The 版记 sits at the foot of the page, well below the short text (inline it would follow at 4 lines).
        var lines = Pdf.Lines(shortPdf, 1);
        var record = Array.FindIndex(lines, l => l.Contains("共印", StringComparison.Ordinal));
        var lastText = Array.FindLastIndex(lines, l => l.Contains("段", StringComparison.Ordinal));
        Assert.True(record - lastText >= 6, $"版记 at line {record}, text ends at line {lastText}");

        // 12 items × 4 paragraphs of about two lines: well over one page of 22 lines.
        var longPdf = Pdf.Convert(BulletinDocx.Write(Sample(12, 4)), "bulletin-long");
        Pdf.Render(longPdf);
        var pages = Pdf.Pages(longPdf);
        Assert.InRange(pages, 3, 12);
        for (var i = 1; i <= pages; i++) Assert.Contains($"—{i}—", Pdf.Text(longPdf, i));
        // The 版记 is on the last page only.
        Assert.Contains("(共印120份)", Pdf.Text(longPdf, pages));
        Assert.DoesNotContain("共印", Pdf.Text(longPdf, 1));
    }
}
