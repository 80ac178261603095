using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Concerns;

/// <summary>民情诉求 list: concerns of the villages in the user's scope, filtered by status, category and overdue, 50 a page.</summary>
public class IndexModel(DundianDbContext db, ConcernAccess access, ConcernChoices choices, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public ConcernStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The list's address for page <paramref name="page"/>, keeping the filters.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string> { $"p={page}" };
        if (Status is { } s) query.Add($"status={s}");
        if (!string.IsNullOrWhiteSpace(Category)) query.Add("category=" + Uri.EscapeDataString(Category));
        if (Overdue) query.Add("overdue=true");
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
        var villages = await access.VillageIdsAsync(scope);
        var query = db.Concerns.AsNoTracking().Where(c => villages.Contains(c.VillageId));
        if (Status is { } s) query = query.Where(c => c.Status == s);
        if (!string.IsNullOrWhiteSpace(Category)) query = query.Where(c => c.Category!.Code == Category);
        if (Overdue)
        {
            var now = Now;
            query = query.Where(c => (c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress) && c.DueAt < now);
        }
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Items = await query.Include(c => c.Category).Include(c => c.Village).Include(c => c.AssignedUnit)
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        return Page();
    }
}
