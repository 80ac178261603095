using System.Linq.Expressions;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Answers the field-log figures of a period of whole months (a month, a quarter, a year; see <see cref="Covers"/>)
/// from <see cref="FieldLogMonthTotal"/>, the way <see cref="FieldLogTotalsReader"/> answers a filter without a period:
/// under unit U a person's month counts whole when its span lies under U; the months whose span is an ancestor of U
/// (his stays that month reach outside U) are recomputed from his logs under U, clipped to that month — exact, since
/// days are a union per person and month and his figures belong to the month a stay starts in.
/// </summary>
public static class FieldLogMonthTotalsReader
{
    /// <summary>True when each bound of the period is absent or on a month boundary (From the 1st, To a month's last day).</summary>
    public static bool Covers(IndicatorFilter filter) =>
        (filter.From is null || filter.From.Value.Day == 1)
        && (filter.To is null || filter.To.Value.AddDays(1).Day == 1);

    public static async Task<FieldLogFigures> ReadAsync(IndicatorSources sources, CancellationToken ct)
    {
        var rows = Rows(sources);
        var whole = sources.OrgPath is { } path ? rows.WhereUnder(t => t.SpanPath, path, sources.PathAsRange) : rows;
        var row = await whole.GroupBy(t => 1).Select(g => new
        {
            Days = g.Sum(t => (long)t.StationedDays),
            HouseholdsVisited = g.Sum(t => t.HouseholdsVisited), Symposiums = g.Sum(t => t.Symposiums),
            SymposiumAttendees = g.Sum(t => t.SymposiumAttendees), Talks = g.Sum(t => t.Talks),
            ConsolationHouseholds = g.Sum(t => t.ConsolationHouseholds), ConsolationAmountFen = g.Sum(t => t.ConsolationAmountFen),
            PolicyTalks = g.Sum(t => t.PolicyTalks), DialogueParticipants = g.Sum(t => t.DialogueParticipants),
            ProblemsSolvedOnSpot = g.Sum(t => t.ProblemsSolvedOnSpot),
        }).FirstOrDefaultAsync(ct);
        var sums = FieldLogTotalsReader.Columns.ToDictionary(c => c, _ => 0L);
        long days = 0;
        if (row is not null)
        {
            days = row.Days;
            sums[nameof(FieldLog.HouseholdsVisited)] = row.HouseholdsVisited;
            sums[nameof(FieldLog.Symposiums)] = row.Symposiums;
            sums[nameof(FieldLog.SymposiumAttendees)] = row.SymposiumAttendees;
            sums[nameof(FieldLog.Talks)] = row.Talks;
            sums[nameof(FieldLog.ConsolationHouseholds)] = row.ConsolationHouseholds;
            sums[nameof(FieldLog.ConsolationAmountFen)] = row.ConsolationAmountFen;
            sums[nameof(FieldLog.PolicyTalks)] = row.PolicyTalks;
            sums[nameof(FieldLog.DialogueParticipants)] = row.DialogueParticipants;
            sums[nameof(FieldLog.ProblemsSolvedOnSpot)] = row.ProblemsSolvedOnSpot;
        }
        if (sources.OrgPath is { } unit) days += await AddPartlyUnderAsync(sources, rows, unit, sums, ct);
        return new FieldLogFigures(sums, days);
    }

    /// <summary>Months in which a person's stays reach above the unit: his logs under it that month, from the records.</summary>
    private static async Task<long> AddPartlyUnderAsync(IndicatorSources sources, IQueryable<FieldLogMonthTotal> rows, string unit,
        Dictionary<string, long> sums, CancellationToken ct)
    {
        var above = FieldLogTotalsCalculator.StrictAncestors(unit);
        var months = await rows.Where(t => above.Contains(t.SpanPath))
            .Select(t => new { t.ParticipantId, t.CampaignId, t.Month }).ToListAsync(ct);
        if (months.Count == 0) return 0;
        var ids = months.Select(p => p.ParticipantId).Distinct().ToList();
        var first = months.Min(m => m.Month);
        var end = months.Max(m => m.Month).AddMonths(1).AddDays(-1);
        var logs = await sources.Stays().Where(l => ids.Contains(l.ParticipantId) && l.EndDate >= first && l.StartDate <= end)
            .OrderBy(l => l.ParticipantId).ThenBy(l => l.StartDate)
            .Select(l => new FieldLog
            {
                ParticipantId = l.ParticipantId, CampaignId = l.CampaignId, StartDate = l.StartDate, EndDate = l.EndDate,
                HouseholdsVisited = l.HouseholdsVisited, Symposiums = l.Symposiums, SymposiumAttendees = l.SymposiumAttendees,
                Talks = l.Talks, ConsolationHouseholds = l.ConsolationHouseholds, ConsolationAmountFen = l.ConsolationAmountFen,
                PolicyTalks = l.PolicyTalks, DialogueParticipants = l.DialogueParticipants, ProblemsSolvedOnSpot = l.ProblemsSolvedOnSpot,
            }).ToListAsync(ct);
        long days = 0;
        foreach (var m in months)
        {
            var last = m.Month.AddMonths(1).AddDays(-1);
            var mine = logs.Where(l => l.ParticipantId == m.ParticipantId && l.CampaignId == m.CampaignId).ToList();
            var starting = mine.Where(l => l.StartDate >= m.Month && l.StartDate <= last).ToList();
            sums[nameof(FieldLog.HouseholdsVisited)] += starting.Sum(l => (long)l.HouseholdsVisited);
            sums[nameof(FieldLog.Symposiums)] += starting.Sum(l => (long)l.Symposiums);
            sums[nameof(FieldLog.SymposiumAttendees)] += starting.Sum(l => (long)l.SymposiumAttendees);
            sums[nameof(FieldLog.Talks)] += starting.Sum(l => (long)l.Talks);
            sums[nameof(FieldLog.ConsolationHouseholds)] += starting.Sum(l => (long)l.ConsolationHouseholds);
            sums[nameof(FieldLog.ConsolationAmountFen)] += starting.Sum(l => l.ConsolationAmountFen);
            sums[nameof(FieldLog.PolicyTalks)] += starting.Sum(l => (long)l.PolicyTalks);
            sums[nameof(FieldLog.DialogueParticipants)] += starting.Sum(l => (long)l.DialogueParticipants);
            sums[nameof(FieldLog.ProblemsSolvedOnSpot)] += starting.Sum(l => (long)l.ProblemsSolvedOnSpot);
            days += StationedDays.PerParticipant(mine.Select(l => (l.ParticipantId, l.StartDate, l.EndDate)), m.Month, last).Values.Sum();
        }
        return days;
    }


    /// <summary>
    /// The figures as scalar SUMs over the rows, for <see cref="StatisticsService"/> to put in its one query — only for a
    /// filter without an org unit (no person reaches above it, so no step from the records). Keys: the FieldLog column
    /// names and "StationedDays".
    /// </summary>
    internal static IReadOnlyList<(string Column, Expression<Func<long>> Sum)> Scalars(IndicatorSources sources)
    {
        var t = Rows(sources);
        return
        [
            ("StationedDays", () => t.Sum(x => (long)x.StationedDays)),
            (nameof(FieldLog.HouseholdsVisited), () => t.Sum(x => x.HouseholdsVisited)),
            (nameof(FieldLog.Symposiums), () => t.Sum(x => x.Symposiums)),
            (nameof(FieldLog.SymposiumAttendees), () => t.Sum(x => x.SymposiumAttendees)),
            (nameof(FieldLog.Talks), () => t.Sum(x => x.Talks)),
            (nameof(FieldLog.ConsolationHouseholds), () => t.Sum(x => x.ConsolationHouseholds)),
            (nameof(FieldLog.ConsolationAmountFen), () => t.Sum(x => x.ConsolationAmountFen)),
            (nameof(FieldLog.PolicyTalks), () => t.Sum(x => x.PolicyTalks)),
            (nameof(FieldLog.DialogueParticipants), () => t.Sum(x => x.DialogueParticipants)),
            (nameof(FieldLog.ProblemsSolvedOnSpot), () => t.Sum(x => x.ProblemsSolvedOnSpot)),
        ];
    }

    /// <summary>The rows of the filter's months, campaign, tier, group and participant.</summary>
    private static IQueryable<FieldLogMonthTotal> Rows(IndicatorSources sources)
    {
        var filter = sources.Filter;
        var q = sources.Db.FieldLogMonthTotals.AsNoTracking();
        if (filter.From is { } from) q = q.Where(t => t.Month >= from);
        if (filter.To is { } to) { var lastMonth = FieldLogMonthTotalsCalculator.MonthOf(to); q = q.Where(t => t.Month <= lastMonth); }
        if (filter.CampaignId is { } c) q = q.Where(t => t.CampaignId == c);
        if (filter.Tier is { } tier) q = q.Where(t => t.Campaign!.Tier == tier);
        if (filter.GroupId is { } g) q = q.Where(t => t.Participant!.GroupId == g);
        if (filter.ParticipantId is { } p) q = q.Where(t => t.ParticipantId == p);
        return q;
    }
}
