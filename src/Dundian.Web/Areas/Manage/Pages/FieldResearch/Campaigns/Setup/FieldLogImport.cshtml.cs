using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Documents;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>
/// 从 Excel 导入蹲点日志: the campaign's template (drop-downs of its people and liaison villages), then an
/// all-or-nothing import through <see cref="FieldLogImport"/> with the same parser limits as every import. Only an
/// office whose grant covers the campaign gets here (<see cref="CampaignSetupPage"/>).
/// </summary>
public class FieldLogImportModel(DundianDbContext db, FieldLogImport import) : CampaignSetupPage(db)
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadCampaignAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnGetTemplateAsync(int id, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        return File(await new FieldLogTemplate(Db).BuildAsync(id, ct), XlsxWriter.ContentType, "蹲点日志导入模板.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        if (Upload is null || Upload.Length == 0) { Error = "请选择要导入的 Excel 文件(.xlsx)。"; return Page(); }
        IReadOnlyList<XlsxRow> rows;
        try
        {
            await using var stream = Upload.OpenReadStream();
            rows = XlsxReader.Read(stream, Upload.FileName);
        }
        catch (XlsxReadException e)
        {
            Error = e.Message;
            return Page();
        }
        var headers = rows.FirstOrDefault()?.Cells.Keys.ToHashSet() ?? [];
        var missing = FieldLogSheet.Required.Where(h => rows.Count > 0 && !headers.Contains(h)).ToList();
        if (missing.Count > 0) { Error = $"表头缺少“{string.Join("”“", missing)}”列,请使用下载的模板。"; return Page(); }
        var result = await import.ImportAsync(User.Actor(), id, rows.Select(r => new FieldLogImportRow(r.Number, r.Cells)).ToList(), ct);
        if (!result.Succeeded)
        {
            Problems = result.Problems;
            Error = $"导入未完成:发现 {result.Problems.Count} 处问题,未保存任何蹲点日志。请修改后重新导入。";
            return Page();
        }
        TempData["Message"] = result.AlreadyPresent == 0
            ? $"已导入 {result.Created} 条蹲点日志。"
            : $"已导入 {result.Created} 条蹲点日志;另有 {result.AlreadyPresent} 行已登记过,未重复导入。";
        return Redirect($"/manage/campaigns/{id}/field-logs/import");
    }
}
