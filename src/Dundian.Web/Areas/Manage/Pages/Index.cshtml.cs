using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages;

/// <summary>工作台: who is signed in and what he may do where.</summary>
public class IndexModel(DundianDbContext db, UserManager<AppUser> users) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public List<string> Grants { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var id = users.GetUserId(User);
        var me = await db.Users.AsNoTracking().FirstAsync(u => u.Id == id);
        DisplayName = me.DisplayName;
        UserName = me.UserName ?? "";
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == id)
            .Select(g => new { g.Role, g.OrgUnit!.Name }).ToListAsync();
        Grants = grants.OrderBy(g => g.Role).Select(g => $"{StaffRoleNames.Of(g.Role)} @ {g.Name}").ToList();
    }
}
