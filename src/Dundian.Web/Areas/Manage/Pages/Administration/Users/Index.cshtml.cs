using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Users;

[Authorize(Policy = Policies.SystemAdmin)]
public class IndexModel(DundianDbContext db, TimeProvider clock) : PageModel
{
    private const int Limit = 200;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<UserRow> Rows { get; private set; } = [];
    public bool Truncated { get; private set; }

    public sealed record UserRow(string Id, string UserName, string DisplayName, bool Disabled, bool Locked, string Grants);

    public async Task OnGetAsync()
    {
        var query = db.Users.AsNoTracking().Include(u => u.Grants).ThenInclude(g => g.OrgUnit).AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }
        var scope = User.Scope();
        var now = clock.GetUtcNow();
        // Scope filtering happens in memory: a county has hundreds of staff accounts, not millions.
        var visible = (await query.OrderBy(u => u.UserName).ToListAsync())
            .Where(u => u.Grants.Count == 0 || u.Grants.Any(g => scope.CoversUnit(g.OrgUnit!.Path)))
            .ToList();
        Truncated = visible.Count > Limit;
        Rows = visible.Take(Limit).Select(u => new UserRow(u.Id, u.UserName ?? "", u.DisplayName, u.IsDisabled,
                u.LockoutEnd > now,
                string.Join("、", u.Grants.OrderBy(g => g.Role).Select(g => $"{StaffRoleNames.Of(g.Role)} @ {g.OrgUnit!.Name}"))))
            .ToList();
    }
}
