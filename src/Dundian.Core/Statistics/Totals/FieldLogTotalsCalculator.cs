using Dundian.Core.FieldWork;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Folds field logs into <see cref="FieldLogTotal"/> rows: one per (participant, campaign), with the sums, the
/// number of logs, the union of the stays in days and the lowest common ancestor of the villages. Pure, so the
/// incremental write path and the full rebuild compute the rows the same way.
/// </summary>
public static class FieldLogTotalsCalculator
{
    /// <param name="logs">Logs ordered by participant, campaign and start date.</param>
    public static List<FieldLogTotal> Compute(IEnumerable<FieldLog> logs)
    {
        var fold = new Fold();
        foreach (var l in logs) fold.Add(l);
        return fold.Finish();
    }

    /// <summary>As <see cref="Compute(IEnumerable{FieldLog})"/>, streaming: a rebuild never holds every log in memory.</summary>
    public static async Task<List<FieldLogTotal>> ComputeAsync(IAsyncEnumerable<FieldLog> logs, CancellationToken ct)
    {
        var fold = new Fold();
        await foreach (var l in logs.WithCancellation(ct)) fold.Add(l);
        return fold.Finish();
    }

    /// <summary>One pass over ordered logs, holding one open interval of the current person at a time.</summary>
    private sealed class Fold
    {
        private readonly List<FieldLogTotal> rows = [];
        private FieldLogTotal? row;
        private DateOnly openStart, openEnd;

        public void Add(FieldLog l)
        {
            if (row is null || row.ParticipantId != l.ParticipantId || row.CampaignId != l.CampaignId)
            {
                Close();
                row = new FieldLogTotal { ParticipantId = l.ParticipantId, CampaignId = l.CampaignId, SpanPath = l.VillagePath };
                rows.Add(row);
                (openStart, openEnd) = (l.StartDate, l.EndDate);
            }
            else if (l.StartDate <= openEnd.AddDays(1))
            {
                if (l.EndDate > openEnd) openEnd = l.EndDate; // overlapping or adjacent: one interval, each day once
            }
            else
            {
                row.StationedDays += Days(openStart, openEnd);
                (openStart, openEnd) = (l.StartDate, l.EndDate);
            }
            row.SpanPath = CommonAncestor(row.SpanPath, l.VillagePath);
            Sum(row, l);
        }

        public List<FieldLogTotal> Finish()
        {
            Close();
            row = null;
            return rows;
        }

        private void Close()
        {
            if (row is not null) row.StationedDays += Days(openStart, openEnd);
        }
    }

    /// <summary>Path of the lowest unit containing both ("/1/4/27/" and "/1/4/30/" → "/1/4/").</summary>
    public static string CommonAncestor(string a, string b)
    {
        var n = 0;
        var max = Math.Min(a.Length, b.Length);
        while (n < max && a[n] == b[n]) n++;
        if (n == a.Length && n == b.Length) return a;
        var cut = a.LastIndexOf('/', Math.Max(0, n - 1));
        return cut < 0 ? "/" : a[..(cut + 1)];
    }

    /// <summary>The paths strictly above <paramref name="path"/>: "/1/4/27/" → "/", "/1/", "/1/4/".</summary>
    public static List<string> StrictAncestors(string path)
    {
        var result = new List<string>();
        for (var i = path.IndexOf('/'); i >= 0 && i < path.Length - 1; i = path.IndexOf('/', i + 1))
            result.Add(path[..(i + 1)]);
        return result;
    }

    private static int Days(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;

    private static void Sum(FieldLogTotal row, FieldLog l)
    {
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
}
