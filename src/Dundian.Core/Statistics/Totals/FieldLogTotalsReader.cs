using System.Linq.Expressions;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Answers the field-log figures of a filter from <see cref="FieldLogTotal"/> rather than from every log.
/// A filter without a period is read here; a period of whole months from the monthly rows
/// (<see cref="FieldLogMonthTotalsReader"/>); any other period cuts through the months and is computed from the records. Under an org unit U a person counts in one of three ways:
/// <list type="bullet">
/// <item>his span lies under U: all his logs are under U, so his whole row counts (one small row per person);</item>
/// <item>his span is an ancestor of U: some of his logs may be under U: those are read from the records and merged
/// exactly (his overlapping stays in two villages of U still count once) — only for these few persons;</item>
/// <item>otherwise none of his logs is under U.</item>
/// </list>
/// Campaign, tier, group and participant filters select rows exactly as they select logs (logs carry their
/// participant's campaign; the group is the participant's current group in both).
/// </summary>
public static class FieldLogTotalsReader
{
    /// <summary>The FieldLog columns the totals carry, by name.</summary>
    public static readonly IReadOnlySet<string> Columns = new HashSet<string>
    {
        nameof(FieldLog.HouseholdsVisited), nameof(FieldLog.Symposiums), nameof(FieldLog.SymposiumAttendees),
        nameof(FieldLog.Talks), nameof(FieldLog.ConsolationHouseholds), nameof(FieldLog.ConsolationAmountFen),
        nameof(FieldLog.PolicyTalks), nameof(FieldLog.DialogueParticipants), nameof(FieldLog.ProblemsSolvedOnSpot),
    };

    /// <summary>
    /// True when the figures can be read from totals: without a period from these per-person rows, with a period of whole
    /// months from the monthly rows (<see cref="FieldLogMonthTotalsReader"/>). Any other period is computed from the logs.
    /// </summary>
    public static bool Applies(IndicatorFilter filter) =>
        (filter.From is null && filter.To is null) || FieldLogMonthTotalsReader.Covers(filter);

    public static async Task<FieldLogFigures> ReadAsync(IndicatorSources sources, CancellationToken ct)
    {
        if (sources.Filter.From is not null || sources.Filter.To is not null) return await FieldLogMonthTotalsReader.ReadAsync(sources, ct);
        var totals = Totals(sources);
        var whole = sources.OrgPath is { } path ? totals.WhereUnder(t => t.SpanPath, path, sources.PathAsRange) : totals;
        var row = await whole.GroupBy(t => 1).Select(g => new
        {
            Days = g.Sum(t => (long)t.StationedDays),
            HouseholdsVisited = g.Sum(t => t.HouseholdsVisited), Symposiums = g.Sum(t => t.Symposiums),
            SymposiumAttendees = g.Sum(t => t.SymposiumAttendees), Talks = g.Sum(t => t.Talks),
            ConsolationHouseholds = g.Sum(t => t.ConsolationHouseholds), ConsolationAmountFen = g.Sum(t => t.ConsolationAmountFen),
            PolicyTalks = g.Sum(t => t.PolicyTalks), DialogueParticipants = g.Sum(t => t.DialogueParticipants),
            ProblemsSolvedOnSpot = g.Sum(t => t.ProblemsSolvedOnSpot),
        }).FirstOrDefaultAsync(ct);
        var sums = Columns.ToDictionary(c => c, _ => 0L);
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
        if (sources.OrgPath is { } unit) days += await AddPartlyUnderAsync(sources, totals, unit, sums, ct);
        return new FieldLogFigures(sums, days);
    }

    /// <summary>Persons whose logs reach above the unit: their logs under it, from the records; returns their days.</summary>
    private static async Task<long> AddPartlyUnderAsync(IndicatorSources sources, IQueryable<FieldLogTotal> totals, string unit,
        Dictionary<string, long> sums, CancellationToken ct)
    {
        var above = FieldLogTotalsCalculator.StrictAncestors(unit);
        var persons = await totals.Where(t => above.Contains(t.SpanPath))
            .Select(t => new { t.ParticipantId, t.CampaignId }).ToListAsync(ct);
        if (persons.Count == 0) return 0;
        var ids = persons.Select(p => p.ParticipantId).Distinct().ToList();
        var rows = persons.Select(p => (p.ParticipantId, p.CampaignId)).ToHashSet();
        var logs = await sources.Stays().Where(l => ids.Contains(l.ParticipantId))
            .OrderBy(l => l.ParticipantId).ThenBy(l => l.StartDate)
            .Select(l => new FieldLog
            {
                ParticipantId = l.ParticipantId, CampaignId = l.CampaignId, StartDate = l.StartDate, EndDate = l.EndDate,
                HouseholdsVisited = l.HouseholdsVisited, Symposiums = l.Symposiums, SymposiumAttendees = l.SymposiumAttendees,
                Talks = l.Talks, ConsolationHouseholds = l.ConsolationHouseholds, ConsolationAmountFen = l.ConsolationAmountFen,
                PolicyTalks = l.PolicyTalks, DialogueParticipants = l.DialogueParticipants, ProblemsSolvedOnSpot = l.ProblemsSolvedOnSpot,
            }).ToListAsync(ct);
        logs.RemoveAll(l => !rows.Contains((l.ParticipantId, l.CampaignId)));
        sums[nameof(FieldLog.HouseholdsVisited)] += logs.Sum(l => (long)l.HouseholdsVisited);
        sums[nameof(FieldLog.Symposiums)] += logs.Sum(l => (long)l.Symposiums);
        sums[nameof(FieldLog.SymposiumAttendees)] += logs.Sum(l => (long)l.SymposiumAttendees);
        sums[nameof(FieldLog.Talks)] += logs.Sum(l => (long)l.Talks);
        sums[nameof(FieldLog.ConsolationHouseholds)] += logs.Sum(l => (long)l.ConsolationHouseholds);
        sums[nameof(FieldLog.ConsolationAmountFen)] += logs.Sum(l => l.ConsolationAmountFen);
        sums[nameof(FieldLog.PolicyTalks)] += logs.Sum(l => (long)l.PolicyTalks);
        sums[nameof(FieldLog.DialogueParticipants)] += logs.Sum(l => (long)l.DialogueParticipants);
        sums[nameof(FieldLog.ProblemsSolvedOnSpot)] += logs.Sum(l => (long)l.ProblemsSolvedOnSpot);
        return StationedDays.PerParticipant(logs.Select(l => (l.ParticipantId, l.StartDate, l.EndDate))).Values.Sum();
    }

    /// <summary>As <see cref="ReadAsync"/>, as scalar sums for the one-query batch (no org unit in the filter); null when it has one.</summary>
    public static IReadOnlyList<(string Column, Expression<Func<long>> Sum)>? Scalars(IndicatorSources sources)
    {
        if (sources.OrgPath is not null || !Applies(sources.Filter)) return null;
        if (sources.Filter.From is not null || sources.Filter.To is not null) return FieldLogMonthTotalsReader.Scalars(sources);
        var t = Totals(sources);
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

    /// <summary>The rows the filter's campaign, tier, group and participant select.</summary>
    private static IQueryable<FieldLogTotal> Totals(IndicatorSources sources)
    {
        var filter = sources.Filter;
        var q = sources.Db.FieldLogTotals.AsNoTracking();
        if (filter.CampaignId is { } c) q = q.Where(t => t.CampaignId == c);
        if (filter.Tier is { } tier) q = q.Where(t => t.Campaign!.Tier == tier);
        if (filter.GroupId is { } g) q = q.Where(t => t.Participant!.GroupId == g);
        if (filter.ParticipantId is { } p) q = q.Where(t => t.ParticipantId == p);
        return q;
    }
}
