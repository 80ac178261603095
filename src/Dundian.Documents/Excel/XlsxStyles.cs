using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dundian.Documents.Excel;

/// <summary>The workbook's styles: plain, bold header, date (yyyy-mm-dd) and date-time (yyyy-mm-dd hh:mm).</summary>
internal static class XlsxStyles
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const uint Normal = 0;
    public const uint Header = 1;
    public const uint Date = 2;
    public const uint DateTime = 3;

    public static Stylesheet Build()
    {
        var sheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 2 },
            // 宋体 is on every Chinese office PC and in WPS; LibreOffice substitutes a CJK font when it is missing.
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 4 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return sheet;
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = 11 }, new FontName { Val = "宋体" }, new FontFamilyNumbering { Val = 3 },
            new FontCharSet { Val = 134 });
        return font;
    }
}
