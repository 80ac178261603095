using Dundian.Core.Imports;
using Dundian.Documents;

namespace Dundian.Web.Imports;

/// <summary>
/// The upload half every 「从 Excel 导入」 page shares: reads the workbook with <see cref="XlsxReader"/> (so every
/// import has the same size, unpacked-size, row and cell limits), checks the template's required headers, runs the
/// import and turns its outcome into the page's Chinese error with the problems by row, or the success message.
/// </summary>
public sealed class ExcelImport
{
    public string? Error { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The success message, or null with <see cref="Error"/> (and <see cref="Problems"/>) set; then nothing was saved.</summary>
    /// <param name="noun">What a created record is called, with its measure word: 「条蹲点日志」, 「条诉求」.</param>
    public async Task<string?> RunAsync(IFormFile? upload, IReadOnlyList<string> required, string noun,
        Func<IReadOnlyList<ImportRow>, Task<ImportResult>> import)
    {
        if (upload is null || upload.Length == 0) { Error = "请选择要导入的 Excel 文件(.xlsx)。"; return null; }
        IReadOnlyList<XlsxRow> rows;
        try
        {
            await using var stream = upload.OpenReadStream();
            rows = XlsxReader.Read(stream, upload.FileName);
        }
        catch (XlsxReadException e)
        {
            Error = e.Message;
            return null;
        }
        var headers = rows.FirstOrDefault()?.Cells.Keys.ToHashSet() ?? [];
        var missing = required.Where(h => rows.Count > 0 && !headers.Contains(h)).ToList();
        if (missing.Count > 0) { Error = $"表头缺少“{string.Join("”“", missing)}”列,请使用下载的模板。"; return null; }
        var result = await import(rows.Select(r => new ImportRow(r.Number, r.Cells)).ToList());
        if (!result.Succeeded)
        {
            Problems = result.Problems;
            Error = $"导入未完成:发现 {result.Problems.Count} 处问题,未保存任何{noun.TrimStart('条', '件', '个', '户')}。请修改后重新导入。";
            return null;
        }
        var done = result.Summary is { } s && result.Created > 0 ? $"导入完成:{s}" : $"已导入 {result.Created} {noun}";
        return result.AlreadyPresent == 0 ? done + "。" : done + $";另有 {result.AlreadyPresent} 行已登记过,未重复导入。";
    }
}
