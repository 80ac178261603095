using Dundian.Core.Cluster;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Cluster;

/// <summary>The pieces several nodes coordinate through: indexing tasks written with the change, and job leases.</summary>
public abstract class ClusterCoreTests(MigratedDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));

    private sealed class CountingSignal : IIndexingTaskSignal
    {
        public int Calls;
        public List<(string, int)> Told = [];
        public Task TasksCommittedAsync(IReadOnlyList<(string Kind, int EntityId)> tasks, CancellationToken ct)
        {
            Interlocked.Increment(ref Calls);
            lock (Told) Told.AddRange(tasks);
            return Task.CompletedTask;
        }
    }

    private DundianDbContext Context(IndexingTaskRecorder recorder)
    {
        var builder = new DbContextOptionsBuilder<DundianDbContext>();
        DatabaseSetup.Configure(builder, database.Database.Options);
        builder.AddInterceptors(recorder);
        return new DundianDbContext(builder.Options);
    }

    private async Task<List<(string Kind, int Id)>> TasksAfterAsync(long after)
    {
        await using var db = database.NewContext();
        return (await db.IndexingTasks.Where(t => t.Id > after).OrderBy(t => t.Id).ToListAsync(Ct)).Select(t => (t.Kind, t.EntityId)).ToList();
    }

    private async Task<long> LastTaskAsync()
    {
        await using var db = database.NewContext();
        return await db.IndexingTasks.MaxAsync(t => (long?)t.Id, Ct) ?? 0;
    }

    [Fact]
    public async Task Saves_that_change_what_search_shows_write_indexing_tasks_and_tell_the_node_after_commit()
    {
        var signal = new CountingSignal();
        var recorder = new IndexingTaskRecorder(clock, signal);
        var start = await LastTaskAsync();
        int draftId, publishedId;
        await using (var db = Context(recorder))
        {
            var channel = new Channel { Slug = "k" + Guid.NewGuid().ToString("N")[..8], Name = "任务栏目", SortOrder = 99 };
            db.Channels.Add(channel);
            var draft = new Article { Channel = channel, Title = "草稿", BodyHtml = "<p>草稿</p>" };
            var published = new Article
            {
                Channel = channel, Title = "已发布", BodyHtml = "<p>发布</p>", Status = ArticleStatus.Published, PublishedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Articles.AddRange(draft, published);
            await db.SaveChangesAsync(Ct);
            (draftId, publishedId) = (draft.Id, published.Id);
        }
        // A draft added is nobody's business; a row added already public gets its task once its key is known.
        Assert.Equal([(IndexingTask.Article, publishedId)], await TasksAfterAsync(start));
        Assert.Equal(1, signal.Calls);
        Assert.Equal([(IndexingTask.Article, publishedId)], signal.Told);

        var mark = await LastTaskAsync();
        await using (var db = Context(recorder))
        {
            var article = await db.Articles.SingleAsync(a => a.Id == publishedId, Ct);
            article.ViewCount += 5; // a counter tick changes nothing search shows
            await db.SaveChangesAsync(Ct);
            Assert.Empty(await TasksAfterAsync(mark));
            article.Title = "已发布(修订)";
            db.SensitiveWords.Add(new SensitiveWord { Word = "词" + Guid.NewGuid().ToString("N")[..6], CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync(Ct);
        }
        Assert.Equal([(IndexingTask.Article, publishedId), (IndexingTask.Lexicon, 0)], (await TasksAfterAsync(mark)).OrderBy(t => t.Kind));

        // A save that fails writes no task (same transaction) and tells nobody.
        mark = await LastTaskAsync();
        var calls = signal.Calls;
        await using (var db = Context(recorder))
        {
            var article = await db.Articles.SingleAsync(a => a.Id == draftId, Ct);
            article.Title = "改了";
            db.Articles.Add(new Article { ChannelId = -1, Title = "无栏目", BodyHtml = "" }); // foreign key fails
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }
        Assert.Empty(await TasksAfterAsync(mark));
        Assert.Equal(calls, signal.Calls);
    }

    [Fact]
    public async Task An_org_unit_added_or_renamed_writes_one_place_names_task_and_other_edits_none()
    {
        var recorder = new IndexingTaskRecorder(clock);
        var mark = await LastTaskAsync();
        await using var db = Context(recorder);
        var unit = new OrgUnit { Name = "任务测试村" + Guid.NewGuid().ToString("N")[..4], Level = OrgLevel.Village, ValidFrom = new DateOnly(2026, 1, 1) };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(Ct);
        Assert.Equal([(IndexingTask.OrgUnitNames, 0)], await TasksAfterAsync(mark));

        mark = await LastTaskAsync();
        unit.SortOrder = 7;
        await db.SaveChangesAsync(Ct);
        Assert.Empty(await TasksAfterAsync(mark));
        unit.Name += "(更名)";
        await db.SaveChangesAsync(Ct);
        Assert.Equal([(IndexingTask.OrgUnitNames, 0)], await TasksAfterAsync(mark));
    }

    [Fact]
    public async Task A_job_lease_goes_to_one_node_per_period_and_to_another_once_it_expires()
    {
        var services = new ServiceCollection()
            .AddDbContext<DundianDbContext>(o => DatabaseSetup.Configure(o, database.Database.Options))
            .BuildServiceProvider();
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var nodes = Enumerable.Range(0, 4).Select(_ => new ClusterLease(scopes, new NodeIdentity(), clock)).ToList();
        var job = "test-job-" + Guid.NewGuid().ToString("N")[..6];
        var period = TimeSpan.FromMinutes(10);

        // Four nodes ask at the same moment, for a job never claimed before: exactly one wins.
        var first = await Task.WhenAll(nodes.Select(n => n.TryClaimAsync(job, period, Ct)));
        Assert.Equal(1, first.Count(x => x));
        Assert.False(await nodes[first.ToList().IndexOf(false)].TryClaimAsync(job, period, Ct));

        clock.Advance(period);
        var second = await Task.WhenAll(nodes.Select(n => n.TryClaimAsync(job, period, Ct)));
        Assert.Equal(1, second.Count(x => x));
        var holder = await nodes[0].CurrentAsync(job, Ct);
        Assert.NotNull(holder);
    }
}

public sealed class ClusterCoreTestsOnSqlite(SqliteDatabase db) : ClusterCoreTests(db), IClassFixture<SqliteDatabase>;
public sealed class ClusterCoreTestsOnPostgres(PostgresDatabase db) : ClusterCoreTests(db), IClassFixture<PostgresDatabase>;
