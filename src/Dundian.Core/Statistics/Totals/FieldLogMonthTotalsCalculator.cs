using Dundian.Core.FieldWork;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Folds field logs into <see cref="FieldLogMonthTotal"/> rows: per (participant, campaign, month) the logs starting in
/// the month (count and sums), the days of the union of his stays that fall in the month, and the lowest unit containing
/// the villages of the stays that start in or overlap the month. Pure, so the write path and the rebuild agree.
/// </summary>
public sealed class FieldLogMonthTotalsCalculator
{
    private readonly Dictionary<(int, int, DateOnly), FieldLogMonthTotal> rows = [];
    private (int Participant, int Campaign)? person;
    private DateOnly openStart, openEnd;

    /// <param name="logs">Logs ordered by participant, campaign and start date.</param>
    public static List<FieldLogMonthTotal> Compute(IEnumerable<FieldLog> logs)
    {
        var fold = new FieldLogMonthTotalsCalculator();
        foreach (var l in logs) fold.Add(l);
        return fold.Finish();
    }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Adds the next log (in participant, campaign, start order).</summary>
    public void Add(FieldLog l)
    {
        var key = (l.ParticipantId, l.CampaignId);
        if (person != key)
        {
            CloseInterval();
            person = key;
            (openStart, openEnd) = (l.StartDate, l.EndDate);
        }
        else if (l.StartDate <= openEnd.AddDays(1))
        {
            if (l.EndDate > openEnd) openEnd = l.EndDate; // overlapping or adjacent: one interval, each day once
        }
        else
        {
            CloseInterval();
            (openStart, openEnd) = (l.StartDate, l.EndDate);
        }
        for (var m = MonthOf(l.StartDate); m <= l.EndDate; m = m.AddMonths(1)) Row(l, m); // spans of every month it touches
        var row = Row(l, MonthOf(l.StartDate));
        row.LogCount++;
        row.HouseholdsVisited += l.HouseholdsVisited;
        row.Symposiums += l.Symposiums;
        row.SymposiumAttendees += l.SymposiumAttendees;
        row.Talks += l.Talks;
        row.ConsolationHouseholds += l.ConsolationHouseholds;
        row.ConsolationAmountFen += l.ConsolationAmountFen;
        row.PolicyTalks += l.PolicyTalks;
        row.DialogueParticipants += l.DialogueParticipants;
        row.ProblemsSolvedOnSpot += l.ProblemsSolvedOnSpot;
    }

    public List<FieldLogMonthTotal> Finish()
    {
        CloseInterval();
        person = null;
        return [.. rows.Values];
    }

    /// <summary>The row of the log's person for month <paramref name="m"/>, its span widened to the log's village.</summary>
    private FieldLogMonthTotal Row(FieldLog l, DateOnly m)
    {
        if (!rows.TryGetValue((l.ParticipantId, l.CampaignId, m), out var row))
        {
            row = new FieldLogMonthTotal { ParticipantId = l.ParticipantId, CampaignId = l.CampaignId, Month = m, SpanPath = l.VillagePath };
            rows.Add((l.ParticipantId, l.CampaignId, m), row);
        }
        else row.SpanPath = FieldLogTotalsCalculator.CommonAncestor(row.SpanPath, l.VillagePath);
        return row;
    }

    /// <summary>Spreads the closed interval's days over its months (the rows exist: every log made the rows it touches).</summary>
    private void CloseInterval()
    {
        if (person is not { } p) return;
        for (var m = MonthOf(openStart); m <= openEnd; m = m.AddMonths(1))
        {
            var from = m > openStart ? m : openStart;
            var last = m.AddMonths(1).AddDays(-1);
            var to = last < openEnd ? last : openEnd;
            rows[(p.Participant, p.Campaign, m)].StationedDays += to.DayNumber - from.DayNumber + 1;
        }
    }
}
