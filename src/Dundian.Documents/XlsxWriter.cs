using Dundian.Documents.Excel;

namespace Dundian.Documents;

/// <summary>
/// The one way tables become .xlsx (exports, import templates, the benchmark): a forward-only writer on the OpenXML
/// SDK's SAX <c>OpenXmlWriter</c> (see <see cref="XlsxPackageWriter"/>). Every sheet gets a bold, frozen header row
/// with filter buttons, column widths from the header and the first <see cref="WidthSampleRows"/> rows, inline
/// strings and real dates. Files open in Excel, WPS and LibreOffice.
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Rows read ahead to size the columns (widths precede the rows in the file).</summary>
    public const int WidthSampleRows = 100;

    /// <summary>Bytes gathered before they are handed to the response.</summary>
    internal const int DrainBytes = 64 * 1024;

    /// <summary>Writes the sheets to <paramref name="output"/> synchronously (a file or a memory buffer).</summary>
    public static void Write(Stream output, params XlsxSheet[] sheets)
    {
        using var package = new XlsxPackageWriter(output);
        foreach (var sheet in sheets)
        {
            using var rows = sheet.Rows.GetEnumerator();
            var sample = new List<IReadOnlyList<object?>>();
            while (sample.Count < WidthSampleRows && rows.MoveNext()) sample.Add(rows.Current);
            package.StartSheet(sheet.Name, sheet.Headers, sample);
            foreach (var row in sample) package.WriteRow(row);
            while (rows.MoveNext()) package.WriteRow(rows.Current);
        }
        package.Finish();
    }

    public static byte[] ToBytes(params XlsxSheet[] sheets)
    {
        using var buffer = new MemoryStream();
        Write(buffer, sheets);
        return buffer.ToArray();
    }

    /// <summary>
    /// Streams the sheet to <paramref name="output"/> (an HTTP response body) as its rows arrive: the bytes go out
    /// with awaited writes every <see cref="DrainBytes"/>, so neither the rows nor the file are ever held whole.
    /// </summary>
    public static async Task WriteAsync(Stream output, XlsxAsyncSheet sheet, CancellationToken ct = default)
    {
        var buffer = new DrainBuffer();
        using (var package = new XlsxPackageWriter(buffer))
        {
            await using var rows = sheet.Rows.GetAsyncEnumerator(ct);
            var sample = new List<IReadOnlyList<object?>>();
            while (sample.Count < WidthSampleRows && await rows.MoveNextAsync()) sample.Add(rows.Current);
            package.StartSheet(sheet.Name, sheet.Headers, sample);
            foreach (var row in sample) package.WriteRow(row);
            sample.Clear();
            while (await rows.MoveNextAsync())
            {
                package.WriteRow(rows.Current);
                if (buffer.Pending >= DrainBytes) await buffer.DrainToAsync(output, ct);
            }
            package.Finish();
        }
        await buffer.DrainToAsync(output, ct);
        await output.FlushAsync(ct);
    }
}
