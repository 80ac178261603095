using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dundian.Documents.Word;

/// <summary>Run fonts with the East Asian attribute set (Word picks the eastAsia font for Chinese characters), and the font table.</summary>
internal static class Fonts
{
    public static RunFonts Of(string eastAsia, string latin = OfficialFonts.Latin) => new()
    {
        Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin, Hint = FontTypeHintValues.EastAsia,
    };

    /// <summary>
    /// Declares the fonts with their GB2312 character set and the name a machine without them should fall back to
    /// (仿宋_GB2312 → 仿宋 on newer Windows, 方正小标宋简体 → 宋体).
    /// </summary>
    public static void AddFontTable(MainDocumentPart main)
    {
        var table = new DocumentFormat.OpenXml.Wordprocessing.Fonts();
        foreach (var (name, alt, family) in new[]
                 {
                     (OfficialFonts.XiaoBiaoSong, "宋体", FontFamilyValues.Script), (OfficialFonts.FangSong, "仿宋", FontFamilyValues.Modern),
                     (OfficialFonts.KaiTi, "楷体", FontFamilyValues.Modern), (OfficialFonts.HeiTi, "SimHei", FontFamilyValues.Modern),
                     (OfficialFonts.SongTi, "SimSun", FontFamilyValues.Auto),
                 })
            table.Append(new Font(new AltName { Val = alt }, new FontCharSet { Val = "86" }, new FontFamily { Val = family },
                new Pitch { Val = FontPitchValues.Variable }) { Name = name });
        table.Append(new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable }) { Name = OfficialFonts.Latin });
        main.AddNewPart<FontTablePart>().Fonts = table;
    }
}
