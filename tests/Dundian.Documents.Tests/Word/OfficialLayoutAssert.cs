using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Dundian.Documents.Tests.Word;

/// <summary>Checks the GB/T 9704 page of a .docx read back with the OpenXML SDK.</summary>
internal static class OfficialLayoutAssert
{
    public static void PageGridAndFooters(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart!;
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var sections = main.Document!.Descendants<SectionProperties>().ToList();
        Assert.NotEmpty(sections);
        foreach (var s in sections)
        {
            var size = s.GetFirstChild<PageSize>()!;
            Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value)); // A4 in twips
            var m = s.GetFirstChild<PageMargin>()!;
            // 37 / 35 / 28 / 26 mm (1 mm = 56.69 twips)
            Assert.Equal((37.0, 35.0, 28.0, 26.0), (Mm(m.Top!.Value), Mm(m.Bottom!.Value), Mm((int)m.Left!.Value), Mm((int)m.Right!.Value)));
            var grid = s.GetFirstChild<DocGrid>()!;
            Assert.Equal(DocGridValues.LinesAndChars, grid.Type!.Value);
            // 22 lines in the 225 mm text block; 28 characters of the 16 pt Normal font in 156 mm.
            Assert.Equal(22, (int)Math.Round((16838 - 2098 - 1984) / (double)grid.LinePitch!.Value));
            Assert.Equal(28, (int)Math.Round((11906 - 1587 - 1474) / 20.0 / (16 + grid.CharacterSpace!.Value / 4096.0)));
        }

        // Body 3号 仿宋_GB2312 as the document default, with the East Asian font attribute.
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("32", defaults.FontSize!.Val!.Value);
        Assert.Equal("仿宋_GB2312", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal(FontTypeHintValues.EastAsia, defaults.RunFonts.Hint!.Value);
        var styles = main.StyleDefinitionsPart.Styles.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("黑体", styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("楷体_GB2312", styles["Heading2"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var fontTable = main.FontTablePart!.Fonts!.Elements<Font>().Select(f => f.Name!.Value).ToList();
        Assert.Superset(new HashSet<string?> { "方正小标宋简体", "仿宋_GB2312", "楷体_GB2312", "黑体", "宋体" }, fontTable.ToHashSet());

        // Different odd and even footers: 「— PAGE —」 in 4号 (14 pt), right on odd pages, left on even ones.
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var numbered = sections.Last();
        var refs = numbered.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => (FooterPart)main.GetPartById(r.Id!.Value!));
        foreach (var (type, side) in new[] { (HeaderFooterValues.Default, JustificationValues.Right), (HeaderFooterValues.Even, JustificationValues.Left) })
        {
            var p = refs[type].Footer!.GetFirstChild<Paragraph>()!;
            Assert.Equal(side, p.ParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal(" PAGE ", p.Descendants<FieldCode>().Single().Text);
            Assert.StartsWith("— ", p.InnerText);
            Assert.EndsWith(" —", p.InnerText);
            Assert.All(p.Descendants<RunProperties>(), r => Assert.Equal(("28", "宋体"), (r.FontSize!.Val!.Value, r.RunFonts!.EastAsia!.Value)));
        }
    }

    /// <summary>Paragraphs of the body text carry the first-line indent of two 3号 characters.</summary>
    public static void IndentedTwoCharacters(Paragraph p)
    {
        var ind = p.ParagraphProperties!.Indentation!;
        Assert.Equal((200, "640"), (ind.FirstLineChars!.Value, ind.FirstLine!.Value));
    }

    private static double Mm(int twips) => Math.Round(twips / 56.6929, 0);
}
