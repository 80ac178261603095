using System.Data;
using MiniExcelLibs;

namespace Dundian.Documents;

/// <summary>Writes .xlsx workbooks (MiniExcel) that open in Excel, WPS and LibreOffice.</summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Writes the sheets to <paramref name="output"/>. A DataTable per sheet (rather than row dictionaries) so a
    /// sheet without rows still gets its header row: the import template is exactly that.
    /// </summary>
    public static void Write(Stream output, params XlsxSheet[] sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var table = new DataTable(sheet.Name);
            foreach (var header in sheet.Headers) table.Columns.Add(header, typeof(object));
            foreach (var row in sheet.Rows)
            {
                if (row.Count != sheet.Headers.Count)
                    throw new ArgumentException($"Sheet {sheet.Name}: a row has {row.Count} cells for {sheet.Headers.Count} headers.");
                table.Rows.Add(row.Select(c => c ?? DBNull.Value).ToArray());
            }
            workbook[sheet.Name] = table;
        }
        output.SaveAs(workbook, excelType: ExcelType.XLSX);
    }

    public static byte[] ToBytes(params XlsxSheet[] sheets)
    {
        using var buffer = new MemoryStream();
        Write(buffer, sheets);
        return buffer.ToArray();
    }
}
