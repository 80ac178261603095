using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Dundian.Documents;

/// <summary>
/// Reads an uploaded UTF-8 .csv (with or without BOM) into rows keyed by the header row, the same shape as
/// <see cref="XlsxReader"/> gives, so an import accepts either format. Checks first: name, size, valid UTF-8
/// (a file saved as GBK by an old Excel is refused with a hint rather than read as mojibake).
/// </summary>
public static class CsvTableReader
{
    public static IReadOnlyList<XlsxRow> Read(Stream content, string fileName, long maxBytes)
    {
        if (!string.Equals(Path.GetExtension(fileName ?? ""), ".csv", StringComparison.OrdinalIgnoreCase))
            throw new XlsxReadException("只接受 .csv 或 .xlsx 文件。");
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new XlsxReadException($"文件超过 {maxBytes / (1024 * 1024)} MB 的上限。");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new XlsxReadException("文件是空的,请重新选择。");
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new XlsxReadException("CSV 文件不是 UTF-8 编码,请在 Excel 中另存为“CSV UTF-8(逗号分隔)”后再导入。");
        }
        buffer.Position = 0;
        try
        {
            var config = new CsvConfiguration { StreamReaderFunc = s => new StreamReader(s, Encoding.UTF8, detectEncodingFromByteOrderMarks: true) };
            var raw = buffer.Query(useHeaderRow: false, excelType: ExcelType.CSV, configuration: config)
                .Cast<IDictionary<string, object?>>().ToList();
            if (raw.Count == 0) throw new XlsxReadException("文件没有任何内容。");
            var headers = raw[0].Where(kv => !string.IsNullOrWhiteSpace(kv.Value?.ToString()))
                .ToDictionary(kv => kv.Key, kv => kv.Value!.ToString()!.Trim().TrimStart('\uFEFF'));
            var rows = new List<XlsxRow>(raw.Count);
            for (var i = 1; i < raw.Count; i++)
            {
                var cells = new Dictionary<string, string?>();
                foreach (var (column, header) in headers)
                    cells[header] = raw[i].TryGetValue(column, out var v) && v?.ToString()?.Trim() is { Length: > 0 } s ? s : null;
                rows.Add(new XlsxRow(i + 1, cells));
            }
            return rows;
        }
        catch (Exception e) when (e is not XlsxReadException)
        {
            throw new XlsxReadException("无法读取该 CSV 文件,请检查格式(逗号分隔,首行为表头)。", e);
        }
    }
}
