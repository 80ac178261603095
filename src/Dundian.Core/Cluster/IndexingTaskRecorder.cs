using Dundian.Core.Concerns;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Moderation;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Cluster;

/// <summary>
/// Writes an <see cref="IndexingTask"/> for every save that changes what search shows (articles, published field
/// notes and reports, resolved concerns), the sensitive-word lexicon or the place names the segmenter knows — whoever saves (a page, the review workflow,
/// the schedule worker), so no code path can forget. The task rows go into the same SaveChanges, hence the same
/// transaction, as the change. A row added already public has no key before the insert: its task is inserted right
/// after, on the same connection and inside the same transaction when there is one (the audited save always opens one).
/// After the commit the local node is told (<see cref="IIndexingTaskSignal"/>); other nodes find the tasks by polling.
/// Bulk ExecuteUpdate/ExecuteDelete bypass this, as they bypass every interceptor.
/// </summary>
public sealed class IndexingTaskRecorder(TimeProvider clock, IIndexingTaskSignal? signal = null)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IPerContextState
{
    // Contexts whose save recorded tasks, told to the node once the transaction (if any) has committed;
    // and rows added already public, waiting for their generated keys.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, State> states = new();

    private sealed class State
    {
        public List<(string Kind, int Id)> Tasks = [];
        public List<(string Kind, object Entity)> Added = [];
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSaveAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        await AfterSaveAsync(eventData.Context, ct);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null) lock (states) states.Remove(eventData.Context);
    }

    /// <summary>A lease ended: tasks of a transaction never committed or rolled back are not announced to the next one.</summary>
    public void Forget(DbContext context)
    {
        lock (states) states.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    // SaveChanges' own transaction commits before SavedChanges runs: rows added public still wait for their tasks then,
    // and AfterSaveAsync signals once it has written them.
    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        SignalAsync(eventData.Context, CancellationToken.None, unlessAddedPending: true).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken ct = default) => SignalAsync(eventData.Context, ct, unlessAddedPending: true);

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is not null) lock (states) states.Remove(eventData.Context);
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken ct = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>The tasks a save of these entries needs: (kind, key) for rows with a key, and the public rows being added.</summary>
    public static (List<(string Kind, int Id)> Known, List<(string Kind, object Entity)> Added) TasksFor(IEnumerable<EntityEntry> entries)
    {
        var known = new List<(string, int)>();
        var added = new List<(string, object)>();
        foreach (var e in entries)
        {
            if (e.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var kind = KindOf(e);
            if (kind is null) continue;
            if (kind is IndexingTask.Lexicon) known.Add((kind, 0));
            else if (kind is IndexingTask.OrgUnitNames) { if (e.State == EntityState.Added || e.Property("Name").IsModified) known.Add((kind, 0)); }
            else if (e.State == EntityState.Added) { if (IsPublic(e)) added.Add((kind, e.Entity)); }
            else if (Matters(e)) known.Add((kind, (int)e.Property("Id").CurrentValue!));
        }
        return (known.Distinct().ToList(), added);
    }

    private static string? KindOf(EntityEntry e) => e.Entity switch
    {
        Article => IndexingTask.Article,
        FieldNote => IndexingTask.FieldNote,
        ResearchReport => IndexingTask.ResearchReport,
        Concern => IndexingTask.Concern,
        SensitiveWord => IndexingTask.Lexicon,
        OrgUnit => IndexingTask.OrgUnitNames,
        _ => null,
    };

    private static bool IsPublic(EntityEntry e) => e.Entity switch
    {
        Article a => a.IsPublic,
        ReviewedWriting w => w.Status == WritingStatus.Published,
        Concern c => c.Status is ConcernStatus.Resolved or ConcernStatus.FollowedUp,
        _ => false,
    };

    // A modified or deleted row matters when it is or was public; a view counter ticking never does.
    private static bool Matters(EntityEntry e)
    {
        if (e.Entity is Article && e.State == EntityState.Modified
            && e.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(Article.ViewCount)))
            return false;
        if (e.Entity is Article) return true; // title, channel, status or dates: IndexAsync decides
        if (IsPublic(e) || e.State == EntityState.Deleted) return true;
        var status = e.Property("Status");
        return e.Entity switch
        {
            ReviewedWriting => Equals(status.OriginalValue, WritingStatus.Published),
            Concern => status.OriginalValue is ConcernStatus.Resolved or ConcernStatus.FollowedUp,
            _ => false,
        };
    }

    private void Record(DbContext? context)
    {
        if (context is null) return;
        var (known, added) = TasksFor(context.ChangeTracker.Entries().ToList());
        if (known.Count == 0 && added.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kind, id) in known)
            context.Add(new IndexingTask { Kind = kind, EntityId = id, CreatedAt = now });
        lock (states)
        {
            var state = states.GetOrCreateValue(context);
            state.Tasks.AddRange(known);
            state.Added.AddRange(added);
        }
    }

    private async Task AfterSaveAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null) return;
        List<(string Kind, object Entity)> added;
        lock (states)
        {
            if (!states.TryGetValue(context, out var state)) return;
            added = [.. state.Added];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var written = new List<(string, int)>();
        foreach (var (kind, entity) in added)
        {
            var id = (int)context.Entry(entity).Property("Id").CurrentValue!;
            await context.Database.ExecuteSqlAsync(
                $"INSERT INTO \"IndexingTasks\" (\"Kind\", \"EntityId\", \"CreatedAt\") VALUES ({kind}, {id}, {now})", ct);
            written.Add((kind, id));
        }
        lock (states)
            if (states.TryGetValue(context, out var state))
            {
                state.Added.Clear();
                state.Tasks.AddRange(written);
            }
        if (context.Database.CurrentTransaction is null) await SignalAsync(context, ct);
    }

    private async Task SignalAsync(DbContext? context, CancellationToken ct, bool unlessAddedPending = false)
    {
        if (context is null) return;
        List<(string Kind, int EntityId)> tasks;
        lock (states)
        {
            if (!states.TryGetValue(context, out var state) || state.Tasks.Count + state.Added.Count == 0) return;
            if (unlessAddedPending && state.Added.Count > 0) return;
            states.Remove(context);
            tasks = [.. state.Tasks.Distinct()];
        }
        if (signal is not null) await signal.TasksCommittedAsync(tasks, ct);
    }
}
