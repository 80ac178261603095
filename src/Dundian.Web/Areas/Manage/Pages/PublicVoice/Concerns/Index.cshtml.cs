using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Dundian.Web.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Concerns;

/// <summary>
/// 民情诉求 list: concerns of the villages in the user's scope, filtered by status, category, overdue / due soon /
/// extension pending (the 工作台 links here), and searched by tracking number or words of the text, 50 a page.
/// </summary>
public class IndexModel(DundianDbContext db, ConcernAccess access, ConcernChoices choices, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Dundian.Web.Workspace.WorkspaceOptions> options) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public ConcernStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool DueSoon { get; set; }
    [BindProperty(SupportsGet = true)] public bool Extension { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The list's address for page <paramref name="page"/>, keeping the filters.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string> { $"p={page}" };
        if (Status is { } s) query.Add($"status={s}");
        if (!string.IsNullOrWhiteSpace(Category)) query.Add("category=" + Uri.EscapeDataString(Category));
        if (Overdue) query.Add("overdue=true");
        if (DueSoon) query.Add("dueSoon=true");
        if (Extension) query.Add("extension=true");
        if (!string.IsNullOrWhiteSpace(Q)) query.Add("q=" + Uri.EscapeDataString(Q.Trim()));
        return "/manage/concerns?" + string.Join("&", query);
    }

    public List<Concern> Items { get; private set; } = [];
    public List<ConcernCategory> Categories { get; private set; } = [];
    public int Total { get; private set; }
    public DateTime Now { get; private set; }
    public bool MayEnter => ConcernAccess.Paths(User.Scope(), ConcernAccess.IntakeRoles).Count > 0;

    public async Task<IActionResult> OnGetAsync()
    {
        var scope = User.Scope();
        if (!ConcernAccess.MayUse(scope)) return Forbid();
        Now = clock.GetUtcNow().UtcDateTime;
        Categories = await choices.CategoriesAsync();
        var query = await FilteredAsync(scope);
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Items = await query.Include(c => c.Category).Include(c => c.Village).Include(c => c.AssignedUnit)
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        return Page();
    }

    /// <summary>The filtered list (every page) as .xlsx, streamed; same role, scope and filters as the list.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var scope = User.Scope();
        if (!ConcernAccess.MayUse(scope)) return Forbid();
        Now = clock.GetUtcNow().UtcDateTime;
        var query = await FilteredAsync(scope);
        await db.AuditAsync("导出Excel", "Concern", null, $"民情诉求 {await query.CountAsync(ct)} 条", ct);
        return new XlsxDownload("民情诉求.xlsx", ConcernExport.Build(query, scope));
    }

    private async Task<IQueryable<Concern>> FilteredAsync(Dundian.Core.Accounts.StaffScope scope)
    {
        var villages = await access.VillageIdsAsync(scope);
        var query = db.Concerns.AsNoTracking().Where(c => villages.Contains(c.VillageId));
        if (Status is { } s) query = query.Where(c => c.Status == s);
        if (!string.IsNullOrWhiteSpace(Category)) query = query.Where(c => c.Category!.Code == Category);
        if (Overdue)
        {
            var now = Now;
            query = query.Where(c => (c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress) && c.DueAt < now);
        }
        if (DueSoon)
        {
            var (now, soon) = (Now, Now.AddDays(options.Value.DueSoonDays));
            query = query.Where(c => (c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress) && c.DueAt >= now && c.DueAt < soon);
        }
        if (Extension) query = query.Where(c => c.ExtensionRequestedUntil != null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // A tracking number matches whole (as printed on the receipt); otherwise every word must be in the text.
            var q = Q.Trim();
            var words = q.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var byNumber = query.Where(c => c.TrackingNumber == q.ToUpperInvariant());
            if (await byNumber.AnyAsync()) query = byNumber;
            else
                foreach (var w in words)
                    query = query.Where(c => c.Description.Contains(w) || (c.Location != null && c.Location.Contains(w))
                                             || (c.Result != null && c.Result.Contains(w)) || c.TrackingNumber.Contains(w));
        }
        return query;
    }
}
