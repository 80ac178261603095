using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns;

/// <summary>The campaigns whose figures the signed-in office may read, each linking to its dashboard.</summary>
public class IndexModel(DundianDbContext db) : PageModel
{
    public List<Campaign> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit)
            .OrderBy(c => c.Tier).ThenByDescending(c => c.StartDate).ToListAsync(ct);
        var scope = User.Scope();
        Campaigns = all.Where(c => scope.MayReadFigures(c.OrgUnit!.Path)).ToList();
    }
}
