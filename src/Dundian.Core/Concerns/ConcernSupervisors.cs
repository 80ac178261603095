using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Concerns;

/// <summary>
/// Who supervises a handling unit for 督办: the campaign office (主题实践活动办公室) nearest above it. Concretely the
/// enabled staff with a <see cref="StaffRole.CampaignOffice"/> grant on the unit itself or its closest ancestor that
/// has any such grant (a village's town office; the county office when the town has none). From escalation level 2
/// on, the office one step further up is told as well — that is what "督办 climbs" means to the office. System
/// admins are not told: they run the platform, not the casework.
/// </summary>
public static class ConcernSupervisors
{
    /// <summary>User ids to notify for a unit at <paramref name="unitPath"/> ("/1/4/27/") and the given level.</summary>
    public static async Task<List<string>> ForAsync(DundianDbContext db, string unitPath, int level, CancellationToken ct = default)
    {
        var ancestors = unitPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == StaffRole.CampaignOffice && ancestors.Contains(g.OrgUnitId) && !g.User!.IsDisabled)
            .Select(g => new { g.UserId, g.OrgUnitId })
            .ToListAsync(ct);
        var offices = grants.GroupBy(g => g.OrgUnitId)
            .OrderByDescending(g => ancestors.IndexOf(g.Key)) // deepest (nearest) first
            .Take(level >= 2 ? 2 : 1);
        return offices.SelectMany(o => o.Select(g => g.UserId)).Distinct().ToList();
    }
}
