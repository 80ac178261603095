using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dundian.Documents.Word;

/// <summary>Paragraph and run builders of the official layout.</summary>
internal static class Para
{
    public static Run Run(string text, string font = OfficialFonts.FangSong, int size = OfficialFonts.San, string? color = null, bool bold = false)
    {
        var props = new RunProperties(Fonts.Of(font));
        if (bold) props.Append(new Bold());
        if (color is not null) props.Append(new Color { Val = color });
        props.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A body paragraph: justified, first line indented by two characters.</summary>
    public static Paragraph Body(params OpenXmlElement[] runs)
    {
        var p = new Paragraph(new ParagraphProperties(new Indentation { FirstLineChars = 200, FirstLine = (2 * OfficialPage.CharTwips).ToString() }));
        p.Append(runs);
        return p;
    }

    public static Paragraph Body(string text) => Body(Run(text));

    public static Paragraph Centered(params OpenXmlElement[] runs)
    {
        var p = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        p.Append(runs);
        return p;
    }

    public static Paragraph Heading(string style, string text, bool pageBreakBefore = false, string? bookmark = null, int bookmarkId = 0)
    {
        var props = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (pageBreakBefore) props.Append(new PageBreakBefore());
        if (style == OfficialStyles.Heading1 && bookmark is null)
            props.Append(new Indentation { FirstLineChars = 200, FirstLine = (2 * OfficialPage.CharTwips).ToString() });
        if (bookmark is not null) props.Append(new Justification { Val = JustificationValues.Center });
        var font = style == OfficialStyles.Heading1 ? OfficialFonts.HeiTi : OfficialFonts.KaiTi;
        var p = new Paragraph(props);
        if (bookmark is not null) p.Append(new BookmarkStart { Name = bookmark, Id = bookmarkId.ToString() });
        p.Append(Run(text, font));
        if (bookmark is not null) p.Append(new BookmarkEnd { Id = bookmarkId.ToString() });
        return p;
    }

    /// <summary>Text on its own lines off the grid (the masthead's large characters would otherwise take several grid lines each).</summary>
    public static ParagraphProperties OffGrid(JustificationValues justify, int spacingBefore = 0, int spacingAfter = 0) => new(
        new SnapToGrid { Val = false },
        new SpacingBetweenLines { Before = spacingBefore.ToString(), After = spacingAfter.ToString(), Line = "240", LineRule = LineSpacingRuleValues.Auto },
        new Justification { Val = justify });
}
