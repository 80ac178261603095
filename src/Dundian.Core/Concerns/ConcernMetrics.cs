using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Concerns;

/// <summary>
/// Handling metrics per handling unit and per village over the concerns received in a period (China days,
/// inclusive; open-ended when null) — or, with <see cref="ConcernPeriodBasis.Resolved"/>, over those resolved in it
/// plus those still open that fell due in it — each counted as it stands now:
/// <list type="bullet">
/// <item>resolved: 办结 or 回访 done (a reopened concern is not resolved until it is resolved again; a merged
/// duplicate is counted as a repeat, not as resolved);</item>
/// <item>on time: resolved on or before its due date; open overdue: still open and past due now;</item>
/// <item>satisfaction: the latest verdict of each followed-up concern (the entity keeps only the latest);</item>
/// <item>repeats: reopened after an unsatisfied verdict, or merged into another as a duplicate;</item>
/// <item>average handling time: received → resolved, in days, of the resolved ones.</item>
/// </list>
/// Counts are one GROUP BY in the database; durations are averaged here because SQLite cannot subtract
/// DateTime columns in EF Core, so only the (received, resolved) pairs are read.
/// </summary>
public class ConcernMetrics(DundianDbContext db, TimeProvider clock)
{
    /// <param name="villageIds">Only concerns of these villages (a staff member's scope); null for all.</param>
    public Task<IReadOnlyList<ConcernMetricsRow>> ByUnitAsync(DateOnly? from, DateOnly? to,
        IReadOnlyCollection<int>? villageIds = null, CancellationToken ct = default, ConcernPeriodBasis basis = ConcernPeriodBasis.Received) =>
        ComputeAsync(from, to, villageIds, byUnit: true, basis, ct);

    /// <param name="villageIds">Only concerns of these villages (a staff member's scope); null for all.</param>
    public Task<IReadOnlyList<ConcernMetricsRow>> ByVillageAsync(DateOnly? from, DateOnly? to,
        IReadOnlyCollection<int>? villageIds = null, CancellationToken ct = default, ConcernPeriodBasis basis = ConcernPeriodBasis.Received) =>
        ComputeAsync(from, to, villageIds, byUnit: false, basis, ct);

    private async Task<IReadOnlyList<ConcernMetricsRow>> ComputeAsync(DateOnly? from, DateOnly? to, IReadOnlyCollection<int>? villageIds,
        bool byUnit, ConcernPeriodBasis basis, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var received = basis == ConcernPeriodBasis.Resolved ? ResolvedOrDue(from, to) : Received(from, to);
        if (villageIds is not null) received = received.Where(c => villageIds.Contains(c.VillageId));
        var keyed = byUnit
            ? received.Select(c => new { Key = c.AssignedUnitId, Concern = c })
            : received.Select(c => new { Key = (int?)c.VillageId, Concern = c });
        var counts = await keyed.GroupBy(x => x.Key).Select(g => new
        {
            g.Key,
            Received = g.Count(),
            Resolved = g.Sum(x => x.Concern.Status == ConcernStatus.Resolved || x.Concern.Status == ConcernStatus.FollowedUp ? 1 : 0),
            OnTime = g.Sum(x => (x.Concern.Status == ConcernStatus.Resolved || x.Concern.Status == ConcernStatus.FollowedUp)
                                && x.Concern.ResolvedAt <= x.Concern.DueAt ? 1 : 0),
            OpenOverdue = g.Sum(x => (x.Concern.Status == ConcernStatus.Assigned || x.Concern.Status == ConcernStatus.InProgress)
                                     && x.Concern.DueAt < now ? 1 : 0),
            FollowedUp = g.Sum(x => x.Concern.Satisfaction != null ? 1 : 0),
            Satisfied = g.Sum(x => x.Concern.Satisfaction == Satisfaction.Satisfied
                                   || x.Concern.Satisfaction == Satisfaction.BasicallySatisfied ? 1 : 0),
            Repeats = g.Sum(x => x.Concern.ReopenCount > 0 || x.Concern.Status == ConcernStatus.Merged ? 1 : 0),
        }).ToListAsync(ct);

        var durations = (await keyed.Where(x => x.Concern.ResolvedAt != null
                    && (x.Concern.Status == ConcernStatus.Resolved || x.Concern.Status == ConcernStatus.FollowedUp))
                .Select(x => new { x.Key, x.Concern.ReceivedAt, ResolvedAt = x.Concern.ResolvedAt!.Value })
                .ToListAsync(ct))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key ?? 0, g => g.Average(x => (x.ResolvedAt - x.ReceivedAt).TotalDays));

        var ids = counts.Where(c => c.Key != null).Select(c => c.Key!.Value).ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return counts
            .Select(c => new ConcernMetricsRow(c.Key, c.Key is { } id ? names.GetValueOrDefault(id, "?") : "未交办",
                c.Received, c.Resolved, c.OnTime, c.OpenOverdue, c.FollowedUp, c.Satisfied, c.Repeats,
                durations.TryGetValue(c.Key ?? 0, out var days) ? Math.Round(days, 1) : null))
            .OrderBy(r => r.Id is null).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Concerns resolved in the period, or still open with their due date in it (times UTC, period China days).</summary>
    private IQueryable<Concern> ResolvedOrDue(DateOnly? from, DateOnly? to)
    {
        DateTime? start = from is { } f ? ChinaTime.ToUtc(f.ToDateTime(TimeOnly.MinValue)) : null;
        DateTime? end = to is { } t ? ChinaTime.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;
        return db.Concerns.AsNoTracking().Where(c =>
            ((c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.FollowedUp) && c.ResolvedAt != null
                && (start == null || c.ResolvedAt >= start) && (end == null || c.ResolvedAt < end))
            || ((c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress) && c.DueAt != null
                && (start == null || c.DueAt >= start) && (end == null || c.DueAt < end)));
    }

    /// <summary>Concerns received in the period; ReceivedAt is UTC, the period is in China days.</summary>
    private IQueryable<Concern> Received(DateOnly? from, DateOnly? to)
    {
        var q = db.Concerns.AsNoTracking();
        if (from is { } f) { var start = ChinaTime.ToUtc(f.ToDateTime(TimeOnly.MinValue)); q = q.Where(c => c.ReceivedAt >= start); }
        if (to is { } t) { var end = ChinaTime.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)); q = q.Where(c => c.ReceivedAt < end); }
        return q;
    }
}
