using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Concerns;

/// <summary>
/// Which concerns a staff member reaches: those whose village lies under a grant of one of the concern roles
/// (campaign office, hotline operator, system admin). Every page and handler asks here, not only the menu.
/// </summary>
public class ConcernAccess(DundianDbContext db, OrgTree tree)
{
    public static readonly StaffRole[] Roles = [StaffRole.CampaignOffice, StaffRole.HotlineOperator, StaffRole.SystemAdmin];

    /// <summary>Roles that may enter a hotline call.</summary>
    public static readonly StaffRole[] IntakeRoles = [StaffRole.HotlineOperator, StaffRole.CampaignOffice];

    public static IReadOnlyList<string> Paths(StaffScope scope, IEnumerable<StaffRole>? roles = null) =>
        scope.PathsFor(roles ?? Roles);

    public static bool MayUse(StaffScope scope) => Paths(scope).Count > 0;

    public static bool Covers(StaffScope scope, string orgPath, IEnumerable<StaffRole>? roles = null) =>
        scope.CoversAny(roles ?? Roles, orgPath);

    /// <summary>Ids of the villages under the scope's grant paths (one prefix query per path).</summary>
    public async Task<List<int>> VillageIdsAsync(StaffScope scope, IEnumerable<StaffRole>? roles = null, CancellationToken ct = default)
    {
        var ids = new HashSet<int>();
        foreach (var path in Paths(scope, roles))
            ids.UnionWith(await db.OrgUnits.Where(u => u.Level == OrgLevel.Village && u.Path.StartsWith(path))
                .Select(u => u.Id).ToListAsync(ct));
        return ids.ToList();
    }

    /// <summary>Org units (any level) under the scope, for choosing a handling unit.</summary>
    public Task<List<OrgUnit>> UnitsAsync(StaffScope scope, CancellationToken ct = default) =>
        tree.UnderAsync(Paths(scope), ct);

    /// <summary>The concern (tracked, with history) when it exists and lies in the scope; otherwise null.</summary>
    public async Task<(Concern? Concern, bool Found)> LoadAsync(StaffScope scope, int id, CancellationToken ct = default)
    {
        var concern = await db.Concerns.Include(c => c.Events).Include(c => c.Category).Include(c => c.Village)
            .Include(c => c.AssignedUnit).Include(c => c.Photos.OrderBy(p => p.SortOrder)).ThenInclude(p => p.File)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null) return (null, false);
        return Covers(scope, concern.Village!.Path) ? (concern, true) : (null, true);
    }
}
