using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Campaigns;

/// <summary>
/// Which campaigns and owner units the signed-in office may set up. Every set-up page asks here, so the scope rule
/// (<see cref="CampaignAccess.MayManage"/>) is applied the same way to lists, forms and posts.
/// </summary>
public class CampaignSetupAccess(DundianDbContext db, OrgTree tree)
{
    public static bool MayUse(StaffScope scope) => scope.PathsFor(CampaignAccess.OfficeRoles).Count > 0;

    /// <summary>Campaigns whose org unit lies under the office's grants, county tier first, newest first.</summary>
    public async Task<List<Campaign>> ManagedAsync(StaffScope scope, CancellationToken ct = default)
    {
        var all = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit)
            .OrderBy(c => c.Tier).ThenByDescending(c => c.StartDate).ThenBy(c => c.Id).ToListAsync(ct);
        return all.Where(c => scope.MayManage(c.OrgUnit!.Path)).ToList();
    }

    /// <summary>Counties and towns in scope: the units that may own a campaign (县级 or 镇乡级).</summary>
    public async Task<List<OrgUnit>> OwnerUnitsAsync(StaffScope scope, CancellationToken ct = default) =>
        (await tree.UnderAsync(scope.PathsFor(CampaignAccess.OfficeRoles), ct))
            .Where(u => u.Level is OrgLevel.County or OrgLevel.Town && u.ValidTo is null).ToList();

    /// <summary>Villages under the campaign's org unit, for choosing liaison villages.</summary>
    public Task<List<OrgUnit>> VillagesAsync(Campaign campaign, CancellationToken ct = default) =>
        tree.Subtree(campaign.OrgUnit!.Path).AsNoTracking().Include(u => u.Parent).Where(u => u.Level == OrgLevel.Village)
            .OrderBy(u => u.Path).ToListAsync(ct);

    /// <summary>The campaign's org unit and everything under it, for the tree picker of liaison villages (retired units too: a past stay may be recorded).</summary>
    public Task<List<OrgUnit>> UnitTreeAsync(Campaign campaign, CancellationToken ct = default) =>
        tree.Subtree(campaign.OrgUnit!.Path).AsNoTracking().OrderBy(u => u.Path).ToListAsync(ct);
}
