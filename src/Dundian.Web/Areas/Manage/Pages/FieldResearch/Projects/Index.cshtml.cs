using Dundian.Web.Exports;
using Dundian.Core.Common;
using Dundian.Core.Projects;
using Dundian.Web.Accounts;
using Dundian.Web.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Projects;

/// <summary>实事项目 list: projects of the villages in the user's scope, by status, newest first, 50 a page.</summary>
public class IndexModel(ProjectAccess access) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Title, string Village, string? Group, ProjectStatus Status, long FundsFen, DateOnly? ImplementedOn);

    [BindProperty(SupportsGet = true)] public ProjectStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>Funds of the listed projects that count (落实 or 完成), in yuan.</summary>
    public decimal CountedFundsYuan { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!ProjectAccess.MayUse(scope)) return Forbid();
        var query = access.Projects(scope).AsNoTracking();
        if (Status is { } s) query = query.Where(p => p.Status == s);
        Total = await query.CountAsync(ct);
        CountedFundsYuan = Money.ToYuan(await query.Where(p => PracticalProject.Counted.Contains(p.Status)).SumAsync(p => p.FundsFen, ct));
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderByDescending(p => p.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.Title, p.Village!.Name, p.Group!.Name, p.Status, p.FundsFen, p.ImplementedOn))
            .ToListAsync(ct);
        return Page();
    }

    /// <summary>The filtered list (every page) as .xlsx, streamed; same role, scope and filter as the list.</summary>
    public async Task<IActionResult> OnGetExportAsync([FromServices] Dundian.Core.Data.DundianDbContext db, CancellationToken ct)
    {
        var scope = User.Scope();
        if (!ProjectAccess.MayUse(scope)) return Forbid();
        var query = access.Projects(scope).AsNoTracking();
        if (Status is { } s) query = query.Where(p => p.Status == s);
        await db.AuditAsync("导出Excel", "PracticalProject", null, $"实事项目 {await query.CountAsync(ct)} 件", ct);
        return new XlsxDownload("实事项目.xlsx", ProjectSheets.Projects(query));
    }
}
