using Dundian.Web.Exports;
using Dundian.Web.Accounts;
using Dundian.Web.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Projects;

namespace Dundian.Web.Areas.Manage.Pages.Plans;

/// <summary>发展计划 list: plans of the villages in the user's scope, newest adopted first, 50 a page.</summary>
public class IndexModel(ProjectAccess access) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Title, string Village, string? Group, DateOnly AdoptedOn, int Items);

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!ProjectAccess.MayUse(scope)) return Forbid();
        var query = access.Plans(scope).AsNoTracking();
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderByDescending(p => p.AdoptedOn).ThenByDescending(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.Title, p.Village!.Name, p.Group!.Name, p.AdoptedOn, p.Items.Count))
            .ToListAsync(ct);
        return Page();
    }

    /// <summary>The list (every page) as .xlsx, streamed; same role and scope as the list.</summary>
    public async Task<IActionResult> OnGetExportAsync([FromServices] Dundian.Core.Data.DundianDbContext db, CancellationToken ct)
    {
        var scope = User.Scope();
        if (!ProjectAccess.MayUse(scope)) return Forbid();
        var query = access.Plans(scope).AsNoTracking();
        await db.AuditAsync("导出Excel", "DevelopmentPlan", null, $"发展计划 {await query.CountAsync(ct)} 个", ct);
        return new XlsxDownload("发展计划.xlsx", ProjectSheets.Plans(query));
    }
}
