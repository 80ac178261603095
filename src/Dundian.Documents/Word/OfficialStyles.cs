using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dundian.Documents.Word;

/// <summary>
/// The styles part: body 3号 仿宋_GB2312 (the docDefaults, which the grid's character pitch is computed from),
/// 一级标题 黑体 (Heading1, in the table of contents), 二级标题 楷体_GB2312 (Heading2), and the TOC entry style.
/// </summary>
internal static class OfficialStyles
{
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Toc1 = "TOC1";

    public static void Add(MainDocumentPart main)
    {
        var size = OfficialFonts.San.ToString();
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts.Of(OfficialFonts.FangSong), new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading(Heading1, "heading 1", OfficialFonts.HeiTi, 0),
            Heading(Heading2, "heading 2", OfficialFonts.KaiTi, 1),
            new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" }, new UIPriority { Val = 39 },
                new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = 8844 })))
            { Type = StyleValues.Paragraph, StyleId = Toc1 });
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static Style Heading(string id, string name, string font, int level) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level }),
            new StyleRunProperties(Fonts.Of(font)))
        { Type = StyleValues.Paragraph, StyleId = id };
}
