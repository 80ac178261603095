using System.Text;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Rewrites <see cref="FieldLogTotal"/> rows (and the monthly <see cref="FieldLogMonthTotal"/> rows) from the field logs: for a few participants inside the transaction
/// that changed their logs (<see cref="RecomputeAsync"/>), or for everyone after a bulk load that bypassed EF
/// (<see cref="RebuildAsync"/>). Rows are written with plain parameterised SQL, not SaveChanges, because this runs
/// inside SaveChanges and the rows are derived data that need no audit entry of their own.
/// </summary>
public static class FieldLogTotalsWriter
{
    public const string Table = "FieldLogTotals";
    /// <summary>First key of the PostgreSQL advisory lock that serialises the recomputation of one participant's row.</summary>
    private const int LockClass = 0x464C; // "FL"
    private const int RowsPerInsert = 200;

    private static readonly string[] Columns =
    [
        nameof(FieldLogTotal.ParticipantId), nameof(FieldLogTotal.CampaignId), nameof(FieldLogTotal.SpanPath),
        nameof(FieldLogTotal.LogCount), nameof(FieldLogTotal.StationedDays), nameof(FieldLogTotal.HouseholdsVisited),
        nameof(FieldLogTotal.Symposiums), nameof(FieldLogTotal.SymposiumAttendees), nameof(FieldLogTotal.Talks),
        nameof(FieldLogTotal.ConsolationHouseholds), nameof(FieldLogTotal.ConsolationAmountFen), nameof(FieldLogTotal.PolicyTalks),
        nameof(FieldLogTotal.DialogueParticipants), nameof(FieldLogTotal.ProblemsSolvedOnSpot),
    ];

    /// <summary>
    /// Recomputes the rows of these participants from their logs as this transaction sees them. Must run inside
    /// the transaction that wrote the logs. On PostgreSQL it first takes a transaction-scoped advisory lock per
    /// participant (in id order, so two writers cannot deadlock): a second writer waits for the first to commit,
    /// and its read — a new statement under READ COMMITTED — then sees both logs, so no update is lost.
    /// SQLite has one writer at a time, which gives the same guarantee.
    /// </summary>
    public static async Task RecomputeAsync(DundianDbContext db, IEnumerable<int> participantIds, CancellationToken ct = default)
    {
        var ids = participantIds.Distinct().Order().ToList();
        if (ids.Count == 0) return;
        if (db.Database.IsNpgsql())
            foreach (var id in ids)
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0}, {1})", [LockClass, id], ct);
        var logs = await Logs(db).Where(l => ids.Contains(l.ParticipantId)).ToListAsync(ct);
        await db.FieldLogTotals.Where(t => ids.Contains(t.ParticipantId)).ExecuteDeleteAsync(ct);
        await InsertAsync(db, FieldLogTotalsCalculator.Compute(logs), ct);
        await FieldLogMonthTotalsWriter.ReplaceAsync(db, ids, logs, ct);
    }

    /// <summary>
    /// Replaces every row with one computed from all logs, in one transaction: after loading logs with raw SQL or
    /// COPY, or to repair. On PostgreSQL the logs are locked against writes (SHARE) until it commits.
    /// </summary>
    public static async Task<int> RebuildAsync(DundianDbContext db, CancellationToken ct = default)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"FieldLogs\" IN SHARE MODE", ct);
        var rows = await FieldLogTotalsCalculator.ComputeAsync(Logs(db).AsAsyncEnumerable(), ct);
        await db.FieldLogTotals.ExecuteDeleteAsync(ct);
        await InsertAsync(db, rows, ct);
        // A second pass for the monthly rows: a rebuild holds the rows, never every log.
        await FieldLogMonthTotalsWriter.RebuildAsync(db, Logs(db).AsAsyncEnumerable(), ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>
    /// Fills the totals of a database that has logs but no totals yet — one migrated from before the totals
    /// existed. Run at start after the migrations; does nothing otherwise.
    /// </summary>
    public static async Task<bool> EnsureBuiltAsync(DundianDbContext db, CancellationToken ct = default)
    {
        if (!await db.FieldLogs.AnyAsync(ct)) return false;
        if (await db.FieldLogTotals.AnyAsync(ct) && await db.FieldLogMonthTotals.AnyAsync(ct)) return false;
        await RebuildAsync(db, ct);
        return true;
    }

    /// <summary>Only the columns the totals need, in the order <see cref="FieldLogTotalsCalculator.Compute"/> expects.</summary>
    private static IQueryable<FieldLog> Logs(DundianDbContext db) =>
        db.FieldLogs.AsNoTracking()
            .OrderBy(l => l.ParticipantId).ThenBy(l => l.CampaignId).ThenBy(l => l.StartDate)
            .Select(l => new FieldLog
            {
                ParticipantId = l.ParticipantId, CampaignId = l.CampaignId, VillagePath = l.VillagePath,
                StartDate = l.StartDate, EndDate = l.EndDate,
                HouseholdsVisited = l.HouseholdsVisited, Symposiums = l.Symposiums, SymposiumAttendees = l.SymposiumAttendees,
                Talks = l.Talks, ConsolationHouseholds = l.ConsolationHouseholds, ConsolationAmountFen = l.ConsolationAmountFen,
                PolicyTalks = l.PolicyTalks, DialogueParticipants = l.DialogueParticipants, ProblemsSolvedOnSpot = l.ProblemsSolvedOnSpot,
            });

    private static async Task InsertAsync(DundianDbContext db, List<FieldLogTotal> rows, CancellationToken ct)
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
                values.AddRange([r.ParticipantId, r.CampaignId, r.SpanPath, r.LogCount, r.StationedDays, r.HouseholdsVisited,
                    r.Symposiums, r.SymposiumAttendees, r.Talks, r.ConsolationHouseholds, r.ConsolationAmountFen, r.PolicyTalks,
                    r.DialogueParticipants, r.ProblemsSolvedOnSpot]);
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
        }
    }
}
