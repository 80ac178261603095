using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Concerns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Concerns;

/// <summary>民情诉求 list: concerns of the villages in the user's scope, filtered by status, category and overdue.</summary>
public class IndexModel(DundianDbContext db, ConcernAccess access, ConcernChoices choices, TimeProvider clock) : PageModel
{
    public const int Limit = 200;

    [BindProperty(SupportsGet = true)] public ConcernStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }

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
        Items = await query.Include(c => c.Category).Include(c => c.Village).Include(c => c.AssignedUnit)
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Take(Limit).ToListAsync();
        return Page();
    }
}
