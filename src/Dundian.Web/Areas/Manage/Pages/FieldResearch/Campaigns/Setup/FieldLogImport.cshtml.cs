using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Documents;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Imports;
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
    public ExcelImport Import { get; } = new();

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
        var done = await Import.RunAsync(Upload, FieldLogSheet.Required, "条蹲点日志", rows => import.ImportAsync(User.Actor(), id, rows, ct));
        if (done is null) return Page();
        TempData["Message"] = done;
        return Redirect($"/manage/campaigns/{id}/field-logs/import");
    }
}
