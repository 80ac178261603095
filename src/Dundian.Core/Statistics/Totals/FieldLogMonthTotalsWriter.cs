using System.Text;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Rewrites <see cref="FieldLogMonthTotal"/> rows, called by <see cref="FieldLogTotalsWriter"/> at the same points and
/// under the same locks as the per-person totals: for the participants whose logs a save changed (inside that save's
/// transaction), or all rows after a bulk load. Plain parameterised SQL, as the totals (derived data, no audit entry).
/// </summary>
public static class FieldLogMonthTotalsWriter
{
    public const string Table = "FieldLogMonthTotals";
    private const int RowsPerInsert = 200;

    private static readonly string[] Columns =
    [
        nameof(FieldLogMonthTotal.ParticipantId), nameof(FieldLogMonthTotal.CampaignId), nameof(FieldLogMonthTotal.Month),
        nameof(FieldLogMonthTotal.SpanPath), nameof(FieldLogMonthTotal.LogCount), nameof(FieldLogMonthTotal.StationedDays),
        nameof(FieldLogMonthTotal.HouseholdsVisited), nameof(FieldLogMonthTotal.Symposiums), nameof(FieldLogMonthTotal.SymposiumAttendees),
        nameof(FieldLogMonthTotal.Talks), nameof(FieldLogMonthTotal.ConsolationHouseholds), nameof(FieldLogMonthTotal.ConsolationAmountFen),
        nameof(FieldLogMonthTotal.PolicyTalks), nameof(FieldLogMonthTotal.DialogueParticipants), nameof(FieldLogMonthTotal.ProblemsSolvedOnSpot),
    ];

    /// <summary>Replaces the rows of these participants with those computed from <paramref name="logs"/> (all their logs, ordered).</summary>
    internal static async Task ReplaceAsync(DundianDbContext db, List<int> participantIds, List<FieldLog> logs, CancellationToken ct)
    {
        await db.FieldLogMonthTotals.Where(t => participantIds.Contains(t.ParticipantId)).ExecuteDeleteAsync(ct);
        await InsertAsync(db, FieldLogMonthTotalsCalculator.Compute(logs), ct);
    }

    /// <summary>Replaces every row; streams the logs (ordered by participant, campaign, start) once.</summary>
    internal static async Task<int> RebuildAsync(DundianDbContext db, IAsyncEnumerable<FieldLog> logs, CancellationToken ct)
    {
        var fold = new FieldLogMonthTotalsCalculator();
        await foreach (var l in logs.WithCancellation(ct)) fold.Add(l);
        var rows = fold.Finish();
        await db.FieldLogMonthTotals.ExecuteDeleteAsync(ct);
        await InsertAsync(db, rows, ct);
        return rows.Count;
    }

    private static async Task InsertAsync(DundianDbContext db, List<FieldLogMonthTotal> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            var sql = new StringBuilder($"INSERT INTO \"{Table}\" (")
                .AppendJoin(", ", Columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
            var values = new List<object>(chunk.Length * Columns.Length);
            foreach (var r in chunk)
            {
                if (values.Count > 0) sql.Append(", ");
                sql.Append('(').AppendJoin(", ", Enumerable.Range(values.Count, Columns.Length).Select(i => $"{{{i}}}")).Append(')');
                values.AddRange([r.ParticipantId, r.CampaignId, r.Month, r.SpanPath, r.LogCount, r.StationedDays, r.HouseholdsVisited,
                    r.Symposiums, r.SymposiumAttendees, r.Talks, r.ConsolationHouseholds, r.ConsolationAmountFen, r.PolicyTalks,
                    r.DialogueParticipants, r.ProblemsSolvedOnSpot]);
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
        }
    }
}
