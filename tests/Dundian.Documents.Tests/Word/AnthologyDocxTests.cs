using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Dundian.Documents.Word;
using Xunit;

namespace Dundian.Documents.Tests.Word;

public class AnthologyDocxTests
{
    private static readonly byte[] Picture = TestPng.Create(400, 300);

    private static AnthologyPrint Sample(int notes) => new()
    {
        CampaignName = "县级领导班子成员蹲点调研活动", Title = "蹲点手记汇编", Compiler = "县主题实践活动办公室 编", Date = new DateOnly(2007, 6, 1),
        Entries = Enumerable.Range(1, notes).Select(i => new AnthologyPrintEntry($"蹲点手记之{i}", $"作者{i}", "副县长", "县政府",
            $"村{i}", new DateOnly(2007, 4, i), $"<p>第{i}篇正文,走访农户王**,电话138****1234。</p>"
            + (i == 1 ? "<p><img src=\"/files/pic\" alt=\"渔村\"></p><p>图后文字。</p>" : ""))).ToList(),
    };

    private static (byte[], string)? Images(string src) => src == "/files/pic" ? (Picture, "image/png") : null;

    [Fact]
    public void Anthology_has_cover_contents_field_pages_per_note_and_pictures()
    {
        var bytes = AnthologyDocx.Write(Sample(3), Images);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        OfficialLayoutAssert.PageGridAndFooters(doc);
        var main = doc.MainDocumentPart!;
        Assert.True(main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);

        var body = main.Document!.Body!;
        // Two sections: cover + contents without footers, the notes numbered from 1.
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.Empty(sections[0].Elements<FooterReference>());
        Assert.Equal(1, sections[1].GetFirstChild<PageNumberType>()!.Start!.Value);

        // The contents: a TOC field whose result already lists the three notes with page numbers 1, 2, 3.
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Trim().StartsWith("TOC", StringComparison.Ordinal));
        var entries = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TOC1").ToList();
        Assert.Equal(["蹲点手记之11", "蹲点手记之22", "蹲点手记之33"], entries.Select(e => e.InnerText.Replace("TOC \\o \"1-1\" \\h \\z \\u", "").Trim()).ToList());

        // Each note from a new page: title (一级标题, bookmarked for the contents), then author, unit, village and day.
        var titles = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").ToList();
        Assert.Equal(3, titles.Count);
        Assert.All(titles.Skip(1), t => Assert.NotNull(t.ParagraphProperties!.PageBreakBefore));
        Assert.All(titles, t => Assert.NotNull(t.GetFirstChild<BookmarkStart>()));
        var byline = titles[0].NextSibling<Paragraph>()!;
        Assert.Equal("县政府 副县长 作者1  村1  2007年4月1日", byline.InnerText);

        // The picture is embedded at its aspect ratio (400 × 300).
        var image = Assert.Single(main.ImageParts);
        using (var s = image.GetStream()) Assert.Equal(Picture.Length, s.Length);
        var extent = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        Assert.Equal(4.0 / 3, extent.Cx!.Value / (double)extent.Cy!.Value, 3);
    }

    [Fact]
    public void Anthology_converts_to_pdf_cover_contents_and_one_page_per_short_note()
    {
        var pdf = Pdf.Convert(AnthologyDocx.Write(Sample(4), Images), "anthology");
        Pdf.Render(pdf);
        Assert.Equal(2 + 4, Pdf.Pages(pdf));
        Assert.Contains("蹲点手记汇编", Pdf.Text(pdf, 1));
        var contents = Pdf.Text(pdf, 2);
        Assert.Contains("目", contents);
        Assert.Contains("蹲点手记之4", contents);
        Assert.Contains("蹲点手记之1", Pdf.Text(pdf, 3));
        Assert.Contains("—1—", Pdf.Text(pdf, 3));
        Assert.Contains("—4—", Pdf.Text(pdf, 6));
        Assert.DoesNotContain("—", Pdf.Text(pdf, 1));
    }
}
