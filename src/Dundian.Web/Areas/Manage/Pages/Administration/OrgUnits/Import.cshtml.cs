using System.Text;
using Dundian.Core.Common;
using Dundian.Core.Org;
using Dundian.Documents;
using Dundian.Web.Accounts;
using Dundian.Web.Org;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.OrgUnits;

/// <summary>
/// 导入区划代码: a division file (.xlsx or UTF-8 .csv) checked whole and written all-or-nothing by
/// <see cref="DivisionImport"/>. An office may only add units under its grant (and correct units strictly under it).
/// </summary>
[RequestSizeLimit(DivisionFile.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = DivisionFile.MaxBytes + 64 * 1024)]
public class ImportModel(DivisionImport import, TimeProvider clock) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public DateOnly? ValidFrom { get; set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Error { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    public IActionResult OnGet() => OrgUnitAccess.MayUse(User.Scope()) ? Page() : Forbid();

    public IActionResult OnGetTemplate() => OrgUnitAccess.MayUse(User.Scope())
        ? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DivisionFile.Template())).ToArray(), "text/csv; charset=utf-8", "区划代码导入模板.csv")
        : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!OrgUnitAccess.MayUse(scope)) return Forbid();
        if (Upload is null || Upload.Length == 0) { Error = "请选择要导入的文件(.xlsx 或 .csv)。"; return Page(); }
        IReadOnlyList<DivisionRow> rows;
        try
        {
            await using var stream = Upload.OpenReadStream();
            rows = DivisionFile.Read(stream, Upload.FileName);
        }
        catch (XlsxReadException e)
        {
            Error = e.Message;
            return Page();
        }
        var result = await import.ImportAsync(rows, ValidFrom ?? Today, path => OrgUnitAccess.MayAddUnder(scope, path), ct);
        if (!result.Succeeded)
        {
            Problems = result.Problems;
            Error = $"导入未完成:发现 {result.Problems.Count} 处问题,未写入任何单位。请修改后重新导入。";
            return Page();
        }
        TempData["Message"] = $"区划代码已导入:新增 {result.Added} 个,更正 {result.Updated} 个,未变 {result.Unchanged} 个。";
        return Redirect("/manage/org-units");
    }
}
