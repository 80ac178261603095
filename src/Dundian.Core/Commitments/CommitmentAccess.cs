using Dundian.Core.Accounts;
using Dundian.Core.Commitments;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Commitments;

/// <summary>
/// Which commitments a staff member manages: those whose owner unit lies under a grant of the campaign office,
/// an editor (who publishes them on the portal) or a system admin. Every page and handler asks here.
/// </summary>
public class CommitmentAccess(DundianDbContext db, OrgTree tree)
{
    public static readonly StaffRole[] Roles = [StaffRole.CampaignOffice, StaffRole.Editor, StaffRole.SystemAdmin];

    public static IReadOnlyList<string> Paths(StaffScope scope) => scope.PathsFor(Roles);

    public static bool MayUse(StaffScope scope) => Paths(scope).Count > 0;

    public static bool Covers(StaffScope scope, string orgPath) => scope.CoversAny(Roles, orgPath);

    /// <summary>Org units (any level) under the scope, for choosing the owner unit.</summary>
    public Task<List<OrgUnit>> UnitsAsync(StaffScope scope, CancellationToken ct = default) =>
        tree.UnderAsync(Paths(scope), ct);

    /// <summary>Commitments whose owner unit is under the scope, newest first.</summary>
    public async Task<List<PublicCommitment>> ListAsync(StaffScope scope, CancellationToken ct = default)
    {
        var found = new Dictionary<int, PublicCommitment>();
        foreach (var path in Paths(scope))
            foreach (var c in await db.PublicCommitments.AsNoTracking().Include(c => c.OwnerUnit)
                         .Where(c => c.OwnerUnit!.Path.StartsWith(path)).ToListAsync(ct))
                found[c.Id] = c;
        return found.Values.OrderByDescending(c => c.MadeOn).ThenByDescending(c => c.Id).ToList();
    }

    /// <summary>The commitment (tracked, with milestones) when it exists and lies in the scope; otherwise null.</summary>
    public async Task<(PublicCommitment? Commitment, bool Found)> LoadAsync(StaffScope scope, int id, CancellationToken ct = default)
    {
        var c = await db.PublicCommitments.Include(x => x.OwnerUnit).Include(x => x.Milestones).Include(x => x.Updates).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return (null, false);
        return Covers(scope, c.OwnerUnit!.Path) ? (c, true) : (null, true);
    }
}
