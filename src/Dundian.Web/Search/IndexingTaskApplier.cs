using System.Globalization;
using Dundian.Core.Cluster;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Moderation;
using Dundian.Search;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Search;

/// <summary>
/// Brings this node's search index (and its sensitive-word matcher) up to date with the indexing tasks every node
/// writes (<see cref="IndexingTaskRecorder"/>): applies the tasks after the last one applied here, in id order, and
/// keeps that id in {DataDirectory}/search-index.position. Tasks are idempotent (re-read the row, index or remove),
/// so applying one twice is harmless: a local commit's own tasks are applied at once (whatever the position), and
/// again when the poll of <see cref="IndexingTaskWorker"/> reaches them. One run at a time.
/// </summary>
public sealed class IndexingTaskApplier(IServiceScopeFactory scopes, SearchIndex index, SensitiveWordLexicon lexicon,
    DatabaseOptions database, ILogger<IndexingTaskApplier> log) : IIndexingTaskSignal
{
    /// <summary>
    /// A missing id below a newer task may belong to a transaction that has not committed yet (ids are handed out at
    /// insert, rows become visible at commit): wait this long for it before stepping over the gap (a rolled-back insert).
    /// </summary>
    public static readonly TimeSpan GapWait = TimeSpan.FromSeconds(10);
    private const int Batch = 500;
    private readonly SemaphoreSlim gate = new(1, 1);
    // Nothing is applied before start-up has taught jieba the place names and caught up (CatchUpAsync).
    private volatile bool ready;
    // The first missing id below newer tasks, and when (Environment.TickCount64) this node first saw it missing.
    private (long Id, long Since)? gap;

    private string PositionFile => Path.Combine(database.DataDirectory, "search-index.position");

    /// <summary>The id of the last task applied on this node.</summary>
    public long Position => File.Exists(PositionFile)
        && long.TryParse(File.ReadAllText(PositionFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;

    async Task IIndexingTaskSignal.TasksCommittedAsync(IReadOnlyList<(string Kind, int EntityId)> tasks, CancellationToken ct)
    {
        if (!ready) return;
        try
        {
            await gate.WaitAsync(CancellationToken.None);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var (kind, id) in tasks) await ApplyAsync(scope.ServiceProvider, kind, id, CancellationToken.None);
            }
            finally { gate.Release(); }
        }
        // The change is committed; the poll retries what could not be applied now.
        catch (Exception e) { log.LogWarning(e, "Applying indexing tasks after a save failed; the next poll retries"); }
    }

    /// <summary>Applies what is pending (all of it, in batches); returns the number of tasks applied.</summary>
    public async Task<int> ApplyPendingAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            var total = 0;
            int applied;
            do total += applied = await ApplyBatchAsync(ct);
            while (applied == Batch);
            return total;
        }
        finally { gate.Release(); }
    }

    /// <summary>
    /// At start: an empty index (first start, deleted folder) or one that missed pruned tasks is rebuilt from the
    /// database, counting as applied every task that existed before the rebuild; then the rest is applied.
    /// </summary>
    public async Task CatchUpAsync(Func<IServiceProvider, Task> rebuild, CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
            var oldest = await db.IndexingTasks.MinAsync(t => (long?)t.Id, ct);
            if (index.DocumentCount == 0 || (oldest is not null && Position < oldest - 1))
            {
                var last = await db.IndexingTasks.MaxAsync(t => (long?)t.Id, ct) ?? 0;
                await rebuild(scope.ServiceProvider);
                WritePosition(last);
            }
        }
        finally { gate.Release(); }
        await ApplyPendingAsync(ct);
        ready = true;
    }

    /// <summary>Counts every existing task as applied (after the rebuild command has rebuilt the index).</summary>
    public void MarkRebuilt(long upTo) => WritePosition(upTo);

    private async Task<int> ApplyBatchAsync(CancellationToken ct)
    {
        var position = Position;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var tasks = await db.IndexingTasks.AsNoTracking().Where(t => t.Id > position).OrderBy(t => t.Id).Take(Batch).ToListAsync(ct);
        var due = new List<IndexingTask>();
        var expected = position + 1;
        foreach (var t in tasks)
        {
            if (t.Id != expected)
            {
                // Real time, not the app's clock: this is about transactions in flight, not business dates.
                if (gap?.Id != expected) gap = (expected, Environment.TickCount64);
                if (Environment.TickCount64 - gap.Value.Since < GapWait.TotalMilliseconds) break;
            }
            due.Add(t);
            expected = t.Id + 1;
        }
        if (due.Count == 0) return 0;
        foreach (var (kind, id) in due.Select(t => (t.Kind, t.EntityId)).Distinct())
            await ApplyAsync(scope.ServiceProvider, kind, id, ct);
        WritePosition(due[^1].Id);
        return due.Count; // Batch only when a whole batch was due: the caller then reads on
    }

    private async Task ApplyAsync(IServiceProvider services, string kind, int id, CancellationToken ct)
    {
        switch (kind)
        {
            case IndexingTask.Article: await services.GetRequiredService<ArticleIndexer>().IndexAsync(id, ct); break;
            case IndexingTask.FieldNote: await services.GetRequiredService<WritingIndexer>().IndexAsync(WritingKind.FieldNote, id, ct); break;
            case IndexingTask.ResearchReport: await services.GetRequiredService<WritingIndexer>().IndexAsync(WritingKind.ResearchReport, id, ct); break;
            case IndexingTask.Concern: await services.GetRequiredService<ConcernIndexer>().IndexAsync(id, ct); break;
            case IndexingTask.Lexicon: lexicon.Invalidate(); break;
            case IndexingTask.OrgUnitNames: await PlaceNames.TeachAsync(services.GetRequiredService<DundianDbContext>(), ct); break;
            default: log.LogWarning("Unknown indexing task kind {Kind} skipped", kind); break;
        }
    }

    private void WritePosition(long id)
    {
        var temp = PositionFile + ".tmp";
        File.WriteAllText(temp, id.ToString(CultureInfo.InvariantCulture));
        File.Move(temp, PositionFile, overwrite: true);
    }
}
