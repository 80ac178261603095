using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Documents;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Concerns;
using Dundian.Web.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Concerns;

/// <summary>
/// 导入热线诉求: a hotline batch (12345 工单) from the template, all or nothing, through <see cref="ConcernImport"/>.
/// Hotline operators and campaign offices only; villages and handling units outside their grants are row errors.
/// </summary>
public class ImportModel(DundianDbContext db, ConcernAccess access, ConcernImport import, TimeProvider clock) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public ExcelImport Import { get; } = new();

    private bool MayImport => ConcernAccess.Paths(User.Scope(), ConcernAccess.IntakeRoles).Count > 0;

    public IActionResult OnGet() => MayImport ? Page() : Forbid();

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        if (!MayImport) return Forbid();
        return File(await new ConcernTemplate(db, access, clock).BuildAsync(User.Scope(), ct), XlsxWriter.ContentType, "热线诉求导入模板.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayImport) return Forbid();
        var done = await Import.RunAsync(Upload, ConcernSheet.Required, "条诉求",
            rows => import.ImportAsync(User.Actor(), User.DisplayName(), rows, ct));
        if (done is null) return Page();
        TempData["Message"] = done;
        return Redirect("/manage/concerns/import");
    }
}
