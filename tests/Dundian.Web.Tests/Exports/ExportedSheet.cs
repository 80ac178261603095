using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Dundian.Documents;
using Xunit;

namespace Dundian.Web.Tests.Exports;

/// <summary>An exported workbook opened with the OpenXML SDK: the first sheet's header row and its rows as text by header.</summary>
public sealed record ExportedSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows, string? FileName)
{
    public static async Task<ExportedSheet> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToDictionary(c => Column(c.CellReference!.Value!), Text)).ToList();
        var headers = rows[0].OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value!).ToList();
        var letters = rows[0].OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        var data = rows.Skip(1).Select(r => (IReadOnlyDictionary<string, string?>)letters.Select((l, i) => (headers[i], r.GetValueOrDefault(l)))
            .ToDictionary(x => x.Item1, x => x.Item2)).ToList();
        return new ExportedSheet(sheet.Name!.Value!, headers, data, response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    /// <summary>A number cell as decimal (the figures), or a date cell as the date it shows.</summary>
    public static decimal Number(string? cell) => decimal.Parse(cell!, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Column(string reference) => new string(reference.TakeWhile(char.IsLetter).ToArray()).PadLeft(3);

    private static string? Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text;
}
