using System.Globalization;
using MiniExcelLibs;

namespace Dundian.Documents;

/// <summary>
/// Reads the first sheet of an uploaded .xlsx into rows keyed by the header row. Checks come first: the name must
/// end in .xlsx, the bytes must start like a zip (an .xlsx is one), the file must stay under the size limit, and the
/// package must stay under the unpacked-size, row and cell limits of <see cref="XlsxLimits"/> (a zip bomb is refused
/// while streaming, see <see cref="XlsxPackageCheck"/>) — all before MiniExcel parses anything.
/// Every import calls this reader, so every import gets the same limits.
/// </summary>
public static class XlsxReader
{
    /// <summary>The upload size limit of <see cref="XlsxLimits.Default"/>, for the forms' hints.</summary>
    public static long MaxBytes => XlsxLimits.Default.MaxFileBytes;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static IReadOnlyList<XlsxRow> Read(Stream content, string fileName, XlsxLimits? limits = null)
    {
        limits ??= XlsxLimits.Default;
        var maxBytes = limits.MaxFileBytes;
        if (!string.Equals(Path.GetExtension(fileName ?? ""), ".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new XlsxReadException("只接受 Excel 工作簿(.xlsx)文件,请使用下载的模板。");
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new XlsxReadException($"文件超过 {maxBytes / (1024 * 1024)} MB 的上限。");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new XlsxReadException("文件是空的,请重新选择。");
        if (!buffer.GetBuffer().AsSpan(0, (int)Math.Min(4, buffer.Length)).SequenceEqual(ZipMagic))
            throw new XlsxReadException("文件内容不是 Excel 工作簿(.xlsx),已拒收。");
        buffer.Position = 0;
        try
        {
            XlsxPackageCheck.Check(buffer, limits);
            buffer.Position = 0;
            return ReadRows(buffer);
        }
        catch (Exception e) when (e is not XlsxReadException)
        {
            throw new XlsxReadException("无法读取该工作簿,文件可能已损坏,请用模板重新填写。", e);
        }
    }

    private static List<XlsxRow> ReadRows(Stream workbook)
    {
        // Without a header row MiniExcel keys cells by column letter (A, B, …) and yields blank rows too,
        // so the list index gives the row number Excel shows.
        var raw = workbook.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        if (raw.Count == 0) throw new XlsxReadException("工作簿没有任何内容,请使用下载的模板。");
        var headers = raw[0].Where(kv => !string.IsNullOrWhiteSpace(Text(kv.Value)))
            .ToDictionary(kv => kv.Key, kv => Text(kv.Value)!);
        var rows = new List<XlsxRow>();
        for (var i = 1; i < raw.Count; i++)
        {
            var cells = new Dictionary<string, string?>();
            foreach (var (column, header) in headers)
                cells[header] = raw[i].TryGetValue(column, out var v) ? Text(v) : null;
            rows.Add(new XlsxRow(i + 1, cells));
        }
        return rows;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() is { Length: > 0 } s ? s : null,
    };
}
