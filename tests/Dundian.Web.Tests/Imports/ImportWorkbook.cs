using Dundian.Core.Imports;
using Dundian.Documents;

namespace Dundian.Web.Tests.Imports;

/// <summary>Builds a one-sheet workbook from rows given as cells by header, as a user fills in a template.</summary>
public static class ImportWorkbook
{
    public static byte[] Bytes(string sheet, IReadOnlyList<string> headers, IEnumerable<IReadOnlyDictionary<string, object?>> rows) =>
        XlsxWriter.ToBytes(new XlsxSheet(sheet, headers,
            rows.Select(r => (IReadOnlyList<object?>)headers.Select(h => r.TryGetValue(h, out var v) ? v : null).ToList()).ToList()));

    /// <summary>The rows the import services get, read back with the reader (and limits) every import page uses.</summary>
    public static IReadOnlyList<ImportRow> Rows(byte[] workbook) =>
        XlsxReader.Read(new MemoryStream(workbook), "导入.xlsx").Select(r => new ImportRow(r.Number, r.Cells)).ToList();
}
