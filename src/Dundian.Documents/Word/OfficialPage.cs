using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dundian.Documents.Word;

/// <summary>
/// The page of GB/T 9704-2012: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm), a
/// document grid of 22 lines × 28 characters of 3号 text, and page numbers 「— 1 —」 in 4号 宋体 below the text block,
/// right on odd pages and left on even ones (even/odd footers with a PAGE field).
/// </summary>
public static class OfficialPage
{
    public const int WidthTwips = 11906;
    public const int HeightTwips = 16838;
    public const int TopTwips = 2098;    // 37 mm
    public const int BottomTwips = 1984; // 35 mm
    public const int LeftTwips = 1587;   // 28 mm
    public const int RightTwips = 1474;  // 26 mm
    /// <summary>225 mm / 22 lines, in twips.</summary>
    public const int LinePitch = 579;
    /// <summary>156 mm / 28 characters = 15.79 pt: 16 pt (the Normal size) − 849/4096 pt.</summary>
    public const int CharSpace = -849;
    /// <summary>One 3号 character, in twips: the first-line indent is two of them.</summary>
    public const int CharTwips = 320;

    /// <summary>A section with this page, its grid and the odd/even page-number footers (created once per document).</summary>
    public static SectionProperties Section(MainDocumentPart main, (string Odd, string Even)? footers, bool restartNumbering = false)
    {
        var sect = new SectionProperties();
        if (footers is { } f)
        {
            sect.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = f.Odd });
            sect.Append(new FooterReference { Type = HeaderFooterValues.Even, Id = f.Even });
        }
        sect.Append(new SectionType { Val = SectionMarkValues.NextPage });
        sect.Append(new PageSize { Width = WidthTwips, Height = HeightTwips });
        sect.Append(new PageMargin
        {
            Top = TopTwips, Bottom = BottomTwips, Left = (uint)LeftTwips, Right = (uint)RightTwips,
            Header = 851, Footer = 1247, Gutter = 0,
        });
        if (restartNumbering) sect.Append(new PageNumberType { Start = 1 });
        sect.Append(new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = LinePitch, CharacterSpace = CharSpace });
        return sect;
    }

    /// <summary>Adds the odd (right) and even (left) page-number footers; returns their relationship ids.</summary>
    public static (string Odd, string Even) AddPageNumberFooters(MainDocumentPart main)
    {
        return (Add(JustificationValues.Right), Add(JustificationValues.Left));

        string Add(JustificationValues side)
        {
            var part = main.AddNewPart<FooterPart>();
            // One 4号 character in from the text block's edge, as the standard asks.
            var indent = side == JustificationValues.Right ? new Indentation { Right = "280" } : new Indentation { Left = "280" };
            part.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new SnapToGrid { Val = false }, indent, new Justification { Val = side }),
                Text("— "), FieldChar(FieldCharValues.Begin), Instruction(" PAGE "), FieldChar(FieldCharValues.Separate),
                Text("1"), FieldChar(FieldCharValues.End), Text(" —")));
            return main.GetIdOfPart(part);
        }

        static Run Text(string t) => new(PageNumberFont(), new Text(t) { Space = SpaceProcessingModeValues.Preserve });
        static Run FieldChar(FieldCharValues v) => new(PageNumberFont(), new FieldChar { FieldCharType = v });
        static Run Instruction(string t) => new(PageNumberFont(), new FieldCode(t) { Space = SpaceProcessingModeValues.Preserve });
        static RunProperties PageNumberFont() => new(Fonts.Of(OfficialFonts.SongTi, OfficialFonts.SongTi), new FontSize { Val = OfficialFonts.Si.ToString() },
            new FontSizeComplexScript { Val = OfficialFonts.Si.ToString() });
    }

    /// <summary>Settings: different odd and even footers; optionally ask Word to update fields (the table of contents) on open.</summary>
    public static void AddSettings(MainDocumentPart main, bool updateFieldsOnOpen)
    {
        // Schema order: evenAndOddHeaders, characterSpacingControl, updateFields.
        var settings = new Settings(new EvenAndOddHeaders(), new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation });
        if (updateFieldsOnOpen) settings.Append(new UpdateFieldsOnOpen { Val = true });
        main.AddNewPart<DocumentSettingsPart>().Settings = settings;
    }
}
