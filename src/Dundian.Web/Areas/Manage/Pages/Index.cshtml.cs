using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Dundian.Web.Navigation;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages;

/// <summary>
/// 工作台: what waits for the signed-in person (counts with links, from <see cref="Workbench"/>), the set-up checklist
/// for a site admin, the areas he may open, and his roles.
/// </summary>
public class IndexModel(DundianDbContext db, UserManager<AppUser> users, Workbench workbench, ManageMenu menu) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public List<string> Grants { get; private set; } = [];
    public List<WorkItem> Work { get; private set; } = [];
    public List<SetupCheck> Checks { get; private set; } = [];
    public IReadOnlyList<ManageMenuSection> Sections { get; private set; } = [];
    public List<(string Title, string Url)> QuickActions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var id = users.GetUserId(User);
        var me = await db.Users.AsNoTracking().FirstAsync(u => u.Id == id, ct);
        DisplayName = me.DisplayName;
        UserName = me.UserName ?? "";
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == id)
            .Select(g => new { g.Role, g.OrgUnit!.Name }).ToListAsync(ct);
        Grants = grants.OrderBy(g => g.Role).Select(g => $"{StaffRoleNames.Of(g.Role)} @ {g.Name}").ToList();
        Work = await workbench.ItemsAsync(User.Actor(), ct);
        Checks = await workbench.SetupChecksAsync(User.Scope(), ct);
        Sections = menu.For(User.Scope());
        QuickActions = await workbench.QuickActionsAsync(User.Scope(), ct);
    }
}
