using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Projects;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Projects;

/// <summary>
/// Which practical projects and development plans a staff member manages: those of villages under a grant of the
/// campaign office or a system admin (the office keeps the 办实事 books; cadres report through their logs).
/// Every page and handler asks here, not only the menu.
/// </summary>
public class ProjectAccess(DundianDbContext db)
{
    public static readonly StaffRole[] Roles = [StaffRole.CampaignOffice, StaffRole.SystemAdmin];

    public static IReadOnlyList<string> Paths(StaffScope scope) => scope.PathsFor(Roles);

    public static bool MayUse(StaffScope scope) => Paths(scope).Count > 0;

    public static bool Covers(StaffScope scope, string villagePath) => scope.CoversAny(Roles, villagePath);

    public IQueryable<PracticalProject> Projects(StaffScope scope) => Under(db.PracticalProjects, scope);

    public IQueryable<DevelopmentPlan> Plans(StaffScope scope) => Under(db.DevelopmentPlans, scope);

    /// <summary>The project (tracked, with its lines) when it exists and lies in the scope; Found tells 403 from 404.</summary>
    public async Task<(PracticalProject? Project, bool Found)> LoadProjectAsync(StaffScope scope, int id, CancellationToken ct = default)
    {
        var p = await db.PracticalProjects.Include(x => x.Village).Include(x => x.Campaign).Include(x => x.Group)
            .Include(x => x.Funding).Include(x => x.Milestones).Include(x => x.Progress).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return (null, false);
        return Covers(scope, p.VillagePath) ? (p, true) : (null, true);
    }

    public async Task<(DevelopmentPlan? Plan, bool Found)> LoadPlanAsync(StaffScope scope, int id, CancellationToken ct = default)
    {
        var p = await db.DevelopmentPlans.Include(x => x.Village).Include(x => x.Campaign).Include(x => x.Group)
            .Include(x => x.Items).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return (null, false);
        return Covers(scope, p.VillagePath) ? (p, true) : (null, true);
    }

    private static IQueryable<PracticalProject> Under(IQueryable<PracticalProject> set, StaffScope scope) =>
        set.Where(QueryPredicates.StartsWithAny<PracticalProject>(p => p.VillagePath, Paths(scope)));

    private static IQueryable<DevelopmentPlan> Under(IQueryable<DevelopmentPlan> set, StaffScope scope) =>
        set.Where(QueryPredicates.StartsWithAny<DevelopmentPlan>(p => p.VillagePath, Paths(scope)));
}
