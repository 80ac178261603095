using Dundian.Core.Common;
using Dundian.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Concerns;

/// <summary>
/// 解决实际问题, counted from concerns instead of the field logs' self-reported on-the-spot count (which stays
/// on the log as the cadre's own note but is no longer summed). A concern counts when it is resolved (办结 or
/// 回访 done; reopened and merged ones do not) and belongs to a campaign's field work:
/// <list type="bullet">
/// <item>it is linked to a field log (raised on a visit) that the filter selects — campaign, tier, group, person;</item>
/// <item>or, not linked to a log (portal, hotline), it is in a liaison village of a selected campaign (of the
/// selected group) and was resolved inside that campaign's period.</item>
/// </list>
/// The org filter applies to the concern's village, the period filter to its resolution day (China time).
/// Registered under <see cref="IndicatorKeys.ProblemsSolved"/> so it replaces the built-in figure in place.
/// </summary>
public sealed class ResolvedConcernsIndicator : Indicator, IBatchedIndicator
{
    /// <summary>After the small look-up of the campaigns' windows, the count joins the campaign's one-query batch.</summary>
    public async Task<System.Linq.Expressions.Expression<Func<long>>?> ScalarAsync(IndicatorSources sources, CancellationToken ct)
    {
        var q = await CountedAsync(sources, ct);
        return () => q.LongCount();
    }

    public decimal FromScalar(long raw) => raw;

    public override string Key => IndicatorKeys.ProblemsSolved;
    public override string Label => "解决实际问题";
    public override string Unit => "个";

    public override async Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct) =>
        await (await CountedAsync(sources, ct)).CountAsync(ct);

    public override async Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct)
    {
        // No reporter name or phone leaves the database here: the drill-down is shown to staff of other units too.
        var rows = await (await CountedAsync(sources, ct))
            .OrderBy(c => c.ResolvedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.TrackingNumber, Category = c.Category!.Name, Village = c.Village!.Name, c.ResolvedAt })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var day = DateOnly.FromDateTime(ChinaTime.ToLocal(r.ResolvedAt!.Value));
            return new DrillDownRow("Concern", r.Id, $"{r.TrackingNumber} {r.Category}", r.Village, day, day, 1);
        }).ToList();
    }

    private static async Task<IQueryable<Concern>> CountedAsync(IndicatorSources sources, CancellationToken ct)
    {
        var db = sources.Db;
        var filter = sources.Filter;
        var (orgPath, participantGroup) = await ScopeAsync(sources, ct);
        // The logs the filter selects, whatever the period: a concern raised in March and resolved in April
        // belongs to April's figure.
        var logs = new IndicatorSources(db, filter with { From = null, To = null, OrgUnitId = null }, null, participantGroup)
            .StaysOverlappingPeriod();
        var unlinked = await UnlinkedIdsAsync(sources, participantGroup, ct);

        var q = db.Concerns.AsNoTracking()
            .Where(c => c.ResolvedAt != null && (c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.FollowedUp));
        q = unlinked is null
            ? q.Where(c => c.FieldLogId != null && logs.Any(l => l.Id == c.FieldLogId))
            : q.Where(c => (c.FieldLogId != null && logs.Any(l => l.Id == c.FieldLogId)) || unlinked.Contains(c.Id));
        if (orgPath is not null) q = q.Where(c => c.Village!.Path.StartsWith(orgPath));
        if (filter.From is { } from) { var start = DayStartUtc(from); q = q.Where(c => c.ResolvedAt >= start); }
        if (filter.To is { } to) { var end = DayStartUtc(to.AddDays(1)); q = q.Where(c => c.ResolvedAt < end); }
        return q;
    }

    /// <summary>
    /// Ids of concerns without a log in the selected campaigns' liaison villages, resolved inside the campaign's
    /// period: one small query for the (few) campaign windows, then a UNION of one id query per campaign, each
    /// placing the concern's village through a liaison-village subquery.
    /// </summary>
    private static async Task<IQueryable<int>?> UnlinkedIdsAsync(IndicatorSources sources, int? participantGroup, CancellationToken ct)
    {
        var filter = sources.Filter;
        var liaisons = sources.Db.LiaisonVillages.AsNoTracking();
        if (filter.CampaignId is { } c) liaisons = liaisons.Where(l => l.Group!.CampaignId == c);
        if (filter.Tier is { } t) liaisons = liaisons.Where(l => l.Group!.Campaign!.Tier == t);
        var group = filter.ParticipantId is not null ? participantGroup ?? -1 : filter.GroupId;
        if (group is { } g) liaisons = liaisons.Where(l => l.GroupId == g);
        // One row per campaign (its window); the villages stay a subquery: a province-sized campaign has
        // thousands of liaison villages, too many to send as a list of parameters on every roll-up.
        var windows = await liaisons
            .Select(l => new { l.Group!.CampaignId, l.Group.Campaign!.StartDate, l.Group.Campaign.EndDate })
            .Distinct().ToListAsync(ct);
        IQueryable<int>? ids = null;
        foreach (var w in windows)
        {
            var campaignId = w.CampaignId;
            var villages = liaisons.Where(l => l.Group!.CampaignId == campaignId).Select(l => l.VillageId);
            var start = DayStartUtc(w.StartDate);
            var end = DayStartUtc(w.EndDate.AddDays(1));
            var part = sources.Db.Concerns
                .Where(x => x.FieldLogId == null && villages.Contains(x.VillageId) && x.ResolvedAt >= start && x.ResolvedAt < end)
                .Select(x => x.Id);
            ids = ids is null ? part : ids.Union(part);
        }
        return ids;
    }

    private static async Task<(string? OrgPath, int? ParticipantGroup)> ScopeAsync(IndicatorSources sources, CancellationToken ct)
    {
        var db = sources.Db;
        var f = sources.Filter;
        // StatisticsService has already validated both ids; these are the same two look-ups it made.
        var path = f.OrgUnitId is { } u ? await db.OrgUnits.Where(x => x.Id == u).Select(x => x.Path).FirstOrDefaultAsync(ct) : null;
        var group = f.ParticipantId is { } p ? await db.Participants.Where(x => x.Id == p).Select(x => x.GroupId).FirstOrDefaultAsync(ct) : null;
        return (path, group);
    }

    private static DateTime DayStartUtc(DateOnly day) => ChinaTime.ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
