using System.Runtime.CompilerServices;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dundian.Core.Statistics.Totals;

/// <summary>
/// Keeps <see cref="FieldLogTotal"/> exact on every SaveChanges that adds, changes or removes a
/// <see cref="FieldLog"/> — through <see cref="FieldLogService"/>, the demo data or any other EF write — in the
/// same transaction as the logs: before the save it notes the participants concerned (old and new owner of a
/// changed log) and opens a transaction if none is open; after the save it recomputes their rows and commits.
/// A failed save rolls both back, so the totals never differ from the records. Bulk ExecuteUpdate/ExecuteDelete
/// and raw SQL on FieldLogs bypass EF's change tracker: follow them with <see cref="FieldLogTotalsWriter.RebuildAsync"/>.
/// </summary>
public sealed class FieldLogTotalsInterceptor : SaveChangesInterceptor, IPerContextState
{
    public static readonly FieldLogTotalsInterceptor Instance = new();

    // One interceptor serves every context built from the same options; the state of a save lives per context.
    private readonly ConditionalWeakTable<DbContext, Pending> pending = new();

    private sealed class Pending
    {
        public IDbContextTransaction? OwnTransaction;
        public readonly HashSet<int> Participants = [];
        public readonly List<FieldLog> Written = [];
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is DundianDbContext db) await NoteAsync(db, ct);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is DundianDbContext db) NoteAsync(db, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is DundianDbContext db) await RecomputeAsync(db, ct);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is DundianDbContext db) RecomputeAsync(db, default).GetAwaiter().GetResult();
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default) =>
        await AbandonAsync(eventData.Context);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default) =>
        await AbandonAsync(eventData.Context);

    /// <summary>A lease ended (its transaction, if still open, is rolled back by EF as the context is reset).</summary>
    public void Forget(DbContext context) => pending.Remove(context);

    private async Task NoteAsync(DundianDbContext db, CancellationToken ct)
    {
        var changed = db.ChangeTracker.Entries<FieldLog>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Count == 0) return;
        var p = new Pending();
        foreach (var e in changed)
        {
            // The owner before the change; a new log's owner (possibly a new participant) is known after the save.
            if (e.State != EntityState.Added) p.Participants.Add(e.OriginalValues.GetValue<int>(nameof(FieldLog.ParticipantId)));
            if (e.State != EntityState.Deleted) p.Written.Add(e.Entity);
        }
        if (db.Database.CurrentTransaction is null) p.OwnTransaction = await db.Database.BeginTransactionAsync(ct);
        pending.AddOrUpdate(db, p);
    }

    private async Task RecomputeAsync(DundianDbContext db, CancellationToken ct)
    {
        if (!pending.TryGetValue(db, out var p)) return;
        pending.Remove(db);
        try
        {
            await FieldLogTotalsWriter.RecomputeAsync(db, p.Participants.Concat(p.Written.Select(l => l.ParticipantId)), ct);
            if (p.OwnTransaction is not null) await p.OwnTransaction.CommitAsync(ct);
        }
        catch
        {
            if (p.OwnTransaction is not null) await p.OwnTransaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            if (p.OwnTransaction is not null) await p.OwnTransaction.DisposeAsync();
        }
    }

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var p)) return;
        pending.Remove(context);
        if (p.OwnTransaction is null) return;
        await p.OwnTransaction.RollbackAsync(CancellationToken.None);
        await p.OwnTransaction.DisposeAsync();
    }
}
