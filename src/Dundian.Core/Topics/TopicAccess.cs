using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Core.Topics;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Topics;

/// <summary>
/// Which 专题 a staff member composes: those whose owner unit lies under an editor's or admin's grant.
/// Every staff topic page and handler asks here.
/// </summary>
public class TopicAccess(DundianDbContext db, OrgTree tree)
{
    public static readonly StaffRole[] Roles = [StaffRole.Editor, StaffRole.SystemAdmin];

    public static bool MayUse(StaffScope scope) => scope.PathsFor(Roles).Count > 0;

    public Task<List<OrgUnit>> UnitsAsync(StaffScope scope, CancellationToken ct = default) =>
        tree.UnderAsync(scope.PathsFor(Roles), ct);

    public async Task<List<SpecialTopic>> ListAsync(StaffScope scope, CancellationToken ct = default)
    {
        var found = new Dictionary<int, SpecialTopic>();
        foreach (var path in scope.PathsFor(Roles))
            foreach (var t in await db.SpecialTopics.AsNoTracking().Include(t => t.OwnerUnit)
                         .Where(t => t.OwnerUnit!.Path.StartsWith(path)).ToListAsync(ct))
                found[t.Id] = t;
        return found.Values.OrderByDescending(t => t.UpdatedAt).ToList();
    }

    /// <summary>The topic (tracked, with sections) and whether it lies in the scope.</summary>
    public async Task<(SpecialTopic? Topic, bool Allowed)> LoadAsync(StaffScope scope, int id, CancellationToken ct = default)
    {
        var t = await db.SpecialTopics.Include(x => x.OwnerUnit).Include(x => x.Sections).Include(x => x.BannerFile)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return (null, false);
        return (t, scope.CoversAny(Roles, t.OwnerUnit!.Path));
    }
}
