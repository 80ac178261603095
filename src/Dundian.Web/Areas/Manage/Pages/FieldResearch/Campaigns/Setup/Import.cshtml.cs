using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Documents;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns.Setup;

/// <summary>
/// 从 Excel 导入参加人员: a template to download, then an all-or-nothing import. A file that is not an .xlsx, too
/// large or unreadable is refused; otherwise every row is checked and all problems are listed by row number, and
/// nothing is saved unless every row is good (<see cref="ParticipantImport"/>).
/// </summary>
public class ImportModel(DundianDbContext db, ParticipantImport import) : CampaignSetupPage(db)
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadCampaignAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnGetTemplateAsync(int id, CancellationToken ct)
    {
        if (await LoadCampaignAsync(id, ct) is { } denied) return denied;
        return File(XlsxWriter.ToBytes(CampaignWorkbooks.Template()), XlsxWriter.ContentType, "参加人员导入模板.xlsx");
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
        var missing = new[] { ParticipantSheet.Name, ParticipantSheet.Category }.Where(h => rows.Count > 0 && !headers.Contains(h)).ToList();
        if (missing.Count > 0) { Error = $"表头缺少“{string.Join("”“", missing)}”列,请使用下载的模板。"; return Page(); }
        var result = await import.ImportAsync(id, rows.Select(r => new ParticipantImportRow(r.Number, r[ParticipantSheet.Name],
            r[ParticipantSheet.Title], r[ParticipantSheet.Unit], r[ParticipantSheet.Category], r[ParticipantSheet.Group])).ToList(), ct);
        if (!result.Succeeded)
        {
            Problems = result.Problems;
            Error = $"导入未完成:发现 {result.Problems.Count} 处问题,未保存任何人员。请修改后重新导入。";
            return Page();
        }
        TempData["Message"] = $"已导入 {result.Count} 名参加人员。";
        return Redirect($"/manage/campaigns/{id}/participants");
    }
}
