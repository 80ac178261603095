using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Concerns;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Projects;

namespace Dundian.Web.Projects;

/// <summary>Select lists of the project and plan forms: campaigns, their groups, and the villages in the user's scope.</summary>
public class ProjectChoices(DundianDbContext db, ConcernChoices villages)
{
    public sealed record CampaignChoice(int Id, string Name, IReadOnlyList<(int Id, string Name)> Groups);

    public async Task<List<CampaignChoice>> CampaignsAsync(CancellationToken ct = default)
    {
        var campaigns = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartDate).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var groups = await db.ResearchGroups.AsNoTracking().OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.Name, g.CampaignId }).ToListAsync(ct);
        return campaigns.Select(c => new CampaignChoice(c.Id, c.Name,
            groups.Where(g => g.CampaignId == c.Id).Select(g => (g.Id, g.Name)).ToList())).ToList();
    }

    /// <summary>Villages by town, only those under the user's project grants.</summary>
    public async Task<List<VillageGroup>> VillagesAsync(StaffScope scope, CancellationToken ct = default)
    {
        var ids = new List<int>();
        foreach (var path in ProjectAccess.Paths(scope))
            ids.AddRange(await db.OrgUnits.Where(u => u.Level == OrgLevel.Village && u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(ct));
        return await villages.VillagesAsync(ids.Distinct().ToList(), ct);
    }
}
