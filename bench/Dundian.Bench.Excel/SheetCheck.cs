using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dundian.Bench.Excel;

/// <summary>Counts the rows of the first sheet with the SDK's SAX reader: the file is a workbook the SDK opens.</summary>
public static class SheetCheck
{
    public static int CountRows(string file)
    {
        using var document = SpreadsheetDocument.Open(file, false);
        var part = document.WorkbookPart!.WorksheetParts.First();
        using var reader = OpenXmlReader.Create(part);
        var rows = 0;
        while (reader.Read())
            if (reader.ElementType == typeof(Row) && reader.IsStartElement) rows++;
        return rows;
    }
}
