using Dundian.Core.Campaigns;
using Dundian.Core.Commitments;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dundian.Web.Portal;

/// <summary>
/// Which cached figure pages a save makes stale: the tag of every campaign whose figures (or the texts beside them)
/// a written row can move. Most records carry their campaign (logs, writings, projects, plans, groups, participants,
/// topics, activities); a few reach it through another row (a funding source through its project, a liaison village
/// through its group, a resolved concern through its field log or through the campaigns that have its village as a
/// liaison village) — those are looked up before the save, while the old rows are still there. A record of another
/// campaign yields only that campaign's tag, so this campaign's pages stay cached.
/// </summary>
public static class FigureCacheTags
{
    private const string CampaignIdProperty = "CampaignId";

    /// <summary>What a concern's share of 解决实际问题 depends on; other changes (escalation, notes) move no figure.</summary>
    private static readonly string[] ConcernFigureProperties =
    [
        nameof(Concern.Status), nameof(Concern.ResolvedAt), nameof(Concern.VillageId), nameof(Concern.FieldLogId), nameof(Concern.MergedIntoId),
    ];

    public static async Task<HashSet<string>> CollectAsync(DundianDbContext db, IEnumerable<EntityEntry> entries, CancellationToken ct)
    {
        var tags = new HashSet<string>();
        var campaigns = new HashSet<int>();
        var projects = new HashSet<int>();
        var groups = new HashSet<int>();
        var logs = new HashSet<long>();
        var villages = new HashSet<int>();
        foreach (var e in entries)
        {
            if (e.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (e.Entity)
            {
                case Campaign c:
                    if (c.Id > 0) campaigns.Add(c.Id);
                    break;
                // Names of units are on every figure page (the campaign's unit, the villages of its writings).
                case OrgUnit:
                    tags.Add(PortalCache.FiguresTag);
                    break;
                case PublicCommitment:
                    tags.Add(PortalCache.CommitmentsTag);
                    break;
                case ProjectFunding:
                    AddBoth(e, nameof(ProjectFunding.ProjectId), projects);
                    break;
                case LiaisonVillage:
                    AddBoth(e, nameof(LiaisonVillage.GroupId), groups);
                    break;
                case Concern when CountsForFigures(e):
                    AddBoth(e, nameof(Concern.FieldLogId), logs);
                    AddBoth(e, nameof(Concern.VillageId), villages);
                    break;
                default:
                    if (e.Metadata.FindProperty(CampaignIdProperty) is not null) AddBoth(e, CampaignIdProperty, campaigns);
                    break;
            }
        }
        await ResolveAsync(db, campaigns, projects, groups, logs, villages, ct);
        foreach (var id in campaigns) tags.Add(PortalCache.CampaignTag(id));
        return tags;
    }

    /// <summary>A concern moves a figure when it is or was counted (resolved) and the save touches what places it.</summary>
    private static bool CountsForFigures(EntityEntry e)
    {
        if (e.State == EntityState.Modified && !ConcernFigureProperties.Any(p => e.Property(p).IsModified)) return false;
        var status = e.Property(nameof(Concern.Status));
        return (e.State != EntityState.Deleted && Counted(status.CurrentValue))
               || (e.State != EntityState.Added && Counted(status.OriginalValue));
    }

    private static bool Counted(object? status) => status is ConcernStatus.Resolved or ConcernStatus.FollowedUp;

    /// <summary>The current and (for a changed or removed row) the original value of a key column, when set.</summary>
    private static void AddBoth<T>(EntityEntry e, string property, HashSet<T> into) where T : struct, IComparable<T>
    {
        var p = e.Property(property);
        if (e.State != EntityState.Deleted && As<T>(p.CurrentValue) is { } current) into.Add(current);
        if (e.State != EntityState.Added && As<T>(p.OriginalValue) is { } original) into.Add(original);
    }

    private static T? As<T>(object? value) where T : struct, IComparable<T> => value switch
    {
        T v when v.CompareTo(default) > 0 => v, // a new row's temporary key is negative
        _ => null,
    };

    private static async Task ResolveAsync(DundianDbContext db, HashSet<int> campaigns, HashSet<int> projects,
        HashSet<int> groups, HashSet<long> logs, HashSet<int> villages, CancellationToken ct)
    {
        // Rows being added in this very save are not in the database yet: take them from the tracker first.
        foreach (var p in db.ChangeTracker.Entries<PracticalProject>().Where(p => projects.Remove(p.Entity.Id))) campaigns.Add(p.Entity.CampaignId);
        foreach (var g in db.ChangeTracker.Entries<ResearchGroup>().Where(g => groups.Remove(g.Entity.Id))) campaigns.Add(g.Entity.CampaignId);
        foreach (var l in db.ChangeTracker.Entries<FieldLog>().Where(l => logs.Remove(l.Entity.Id))) campaigns.Add(l.Entity.CampaignId);
        if (projects.Count > 0)
            campaigns.UnionWith(await db.PracticalProjects.AsNoTracking().Where(p => projects.Contains(p.Id)).Select(p => p.CampaignId).ToListAsync(ct));
        if (groups.Count > 0)
            campaigns.UnionWith(await db.ResearchGroups.AsNoTracking().Where(g => groups.Contains(g.Id)).Select(g => g.CampaignId).ToListAsync(ct));
        if (logs.Count > 0)
            campaigns.UnionWith(await db.FieldLogs.AsNoTracking().Where(l => logs.Contains(l.Id)).Select(l => l.CampaignId).ToListAsync(ct));
        // A concern not raised on a stay counts for every campaign that has its village as a liaison village.
        if (villages.Count > 0)
            campaigns.UnionWith(await db.LiaisonVillages.AsNoTracking().Where(l => villages.Contains(l.VillageId))
                .Select(l => l.Group!.CampaignId).Distinct().ToListAsync(ct));
    }
}
