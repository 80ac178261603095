using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dundian.Documents.Word;

/// <summary>
/// Writes an anthology as .docx on the official page: a cover, a table of contents, then each writing from a new page
/// (title as 一级标题, a 楷体 line with author, post, unit, village and day, the body with its pictures). The cover and
/// contents form a section without page numbers; the writings' section numbers from 1.
/// The contents is a real TOC field (Word refreshes it on open: updateFields) whose result is pre-filled with the
/// entries and estimated page numbers, so it shows even where fields are not updated (LibreOffice, WPS, previews).
/// </summary>
public static class AnthologyDocx
{
    // Lines a page of the grid holds, and what an entry's head (title, by-line, spacing) takes of it.
    private const int LinesPerPage = 22;
    private const int CharsPerLine = 28;
    private const int HeadLines = 4;

    public static byte[] Write(AnthologyPrint a, Func<string, (byte[] Bytes, string ContentType)?>? images = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            OfficialStyles.Add(main);
            Fonts.AddFontTable(main);
            OfficialPage.AddSettings(main, updateFieldsOnOpen: true);
            var footers = OfficialPage.AddPageNumberFooters(main);
            var html = new HtmlToWord(main, images);
            var bodies = a.Entries.Select(e => html.Convert(e.BodyHtml)).ToList();

            var body = new Body();
            foreach (var p in Cover(a)) body.Append(p);
            foreach (var p in Contents(a, bodies)) body.Append(p);
            // End of the unnumbered section (cover and contents).
            body.Append(new Paragraph(new ParagraphProperties(OfficialPage.Section(main, null))));

            for (var i = 0; i < a.Entries.Count; i++)
            {
                var e = a.Entries[i];
                body.Append(Para.Heading(OfficialStyles.Heading1, e.Title, pageBreakBefore: i > 0, bookmark: Bookmark(i), bookmarkId: i + 1));
                body.Append(new Paragraph(Para.OffGrid(JustificationValues.Center, 0, 240), Para.Run(Byline(e), OfficialFonts.KaiTi)));
                foreach (var p in bodies[i]) body.Append(p);
            }
            if (a.Entries.Count == 0) body.Append(Para.Body("(所选范围内没有已发布的稿件。)"));
            body.Append(OfficialPage.Section(main, footers, restartNumbering: true));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static string Byline(AnthologyPrintEntry e) =>
        string.Join("  ", new[] { string.Join(" ", new[] { e.Unit, e.AuthorTitle, e.Author }.Where(s => !string.IsNullOrWhiteSpace(s))),
            e.Village, $"{e.Date.Year}年{e.Date.Month}月{e.Date.Day}日" }.Where(s => s.Length > 0));

    private static IEnumerable<Paragraph> Cover(AnthologyPrint a)
    {
        yield return new Paragraph(Para.OffGrid(JustificationValues.Center, 2400, 480), Para.Run(a.CampaignName, OfficialFonts.XiaoBiaoSong, OfficialFonts.Er));
        yield return new Paragraph(Para.OffGrid(JustificationValues.Center, 0, 480), Para.Run(a.Title, OfficialFonts.XiaoBiaoSong, OfficialFonts.XiaoChu, OfficialFonts.Red));
        yield return new Paragraph(Para.OffGrid(JustificationValues.Center, 0, 0), Para.Run($"(共{a.Entries.Count}篇)", OfficialFonts.KaiTi));
        yield return new Paragraph(Para.OffGrid(JustificationValues.Center, 4800, 240), Para.Run(a.Compiler, OfficialFonts.FangSong));
        yield return new Paragraph(Para.OffGrid(JustificationValues.Center, 0, 0), Para.Run($"{a.Date.Year}年{a.Date.Month}月", OfficialFonts.FangSong));
    }

    /// <summary>目录: the TOC field around pre-filled entries linking to each title's bookmark.</summary>
    private static IEnumerable<Paragraph> Contents(AnthologyPrint a, List<List<Paragraph>> bodies)
    {
        // A page break inside the first paragraph, not a paragraph of its own: a full cover would push that one to a page of its own.
        var head = new Paragraph(Para.OffGrid(JustificationValues.Center, 0, 480), Para.Run("目  录", OfficialFonts.HeiTi, OfficialFonts.Er));
        head.ParagraphProperties!.InsertAt(new PageBreakBefore(), 0);
        yield return head;
        var page = 1;
        var entries = new List<Paragraph>();
        for (var i = 0; i < a.Entries.Count; i++)
        {
            entries.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.Toc1 }),
                new Hyperlink(Para.Run(a.Entries[i].Title), new Run(new TabChar()), Para.Run(page.ToString())) { Anchor = Bookmark(i), History = true }));
            page += EstimatedPages(bodies[i]);
        }
        if (entries.Count == 0) entries.Add(new Paragraph(Para.Run("(无)")));
        // Field begin and instruction open the first entry, the end closes the last: the entries are the field's result.
        entries[0].InsertAfter(new Run(new FieldCode(" TOC \\o \"1-1\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            entries[0].GetFirstChild<ParagraphProperties>());
        entries[0].InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }), entries[0].GetFirstChild<ParagraphProperties>());
        var instruction = entries[0].Elements<Run>().First(r => r.GetFirstChild<FieldCode>() is not null);
        instruction.InsertAfterSelf(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        entries[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        foreach (var e in entries) yield return e;
    }

    /// <summary>Pages a writing takes on the 22 × 28 grid: its lines plus the head, pictures counted as 8 lines.</summary>
    internal static int EstimatedPages(List<Paragraph> body)
    {
        var lines = HeadLines + body.Sum(p => p.Descendants<Drawing>().Any() ? 8 : Math.Max(1, (p.InnerText.Length + 2 + CharsPerLine - 1) / CharsPerLine));
        return Math.Max(1, (lines + LinesPerPage - 1) / LinesPerPage);
    }

    private static string Bookmark(int i) => $"_Toc{i + 1:D6}";
}
