using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Documents;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dundian.Web.Areas.Manage.Pages.Households;

/// <summary>
/// 导入困难户台账: households and their visits from the template, all or nothing, through <see cref="HouseholdImport"/>.
/// Campaign offices (and admins) only, for the villages under their grants.
/// </summary>
public class ImportModel(DundianDbContext db, HouseholdImport import, TimeProvider clock) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public ExcelImport Import { get; } = new();

    private bool MayImport => User.Scope().PathsFor(HouseholdImport.Roles).Count > 0;

    public IActionResult OnGet() => MayImport ? Page() : Forbid();

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        if (!MayImport) return Forbid();
        return File(await new HouseholdTemplate(db, clock).BuildAsync(User.Scope(), ct), XlsxWriter.ContentType, "困难户台账导入模板.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayImport) return Forbid();
        var done = await Import.RunAsync(Upload, HouseholdSheet.Required, "条记录", rows => import.ImportAsync(User.Actor(), rows, ct));
        if (done is null) return Page();
        TempData["Message"] = done;
        return Redirect("/manage/households/import");
    }
}
