using System.Data;
using Dundian.Core.Auditing;
using Dundian.Core.Cluster;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Data;

/// <summary>
/// The contexts from DI are pooled: one instance serves scope after scope. Nothing of one lease — whose name the saves
/// are audited in, tracked rows, settings, an open transaction, an interceptor's notes — may reach the next. Each test
/// first checks that the second scope really got the first one's instance, so it cannot pass without pooling.
/// </summary>
public abstract class DbContextPoolingTests(MigratedDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The scope's person, as the web app's HttpAuditActor is per request.</summary>
    private sealed class ScopeActor : IAuditActor
    {
        public string? UserId { get; set; }
        public string? UserName => UserId is null ? null : "staff-" + UserId;
        public string? IpAddress => UserId is null ? null : "127.0.0.7";
    }

    private sealed class RecordingSignal : IIndexingTaskSignal
    {
        public List<(string Kind, int EntityId)> Told { get; } = [];
        public Task TasksCommittedAsync(IReadOnlyList<(string Kind, int EntityId)> tasks, CancellationToken ct)
        {
            lock (Told) Told.AddRange(tasks);
            return Task.CompletedTask;
        }
    }

    /// <summary>The core services as the web host wires them, on this test's database, with a pool of their own.</summary>
    private ServiceProvider Services(IIndexingTaskSignal? signal = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDundianCore(database.Database.Options);
        services.AddScoped<ScopeActor>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<ScopeActor>());
        if (signal is not null) services.AddSingleton(signal);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static (DundianDbContext Db, ScopeActor Actor) Lease(AsyncServiceScope scope, string? userId)
    {
        var actor = scope.ServiceProvider.GetRequiredService<ScopeActor>();
        actor.UserId = userId;
        return (scope.ServiceProvider.GetRequiredService<DundianDbContext>(), actor);
    }

    private static OrgUnit NewUnit(string name) =>
        new() { Name = name + Guid.NewGuid().ToString("N")[..6], Level = OrgLevel.Village, ValidFrom = new DateOnly(2000, 1, 1) };

    private async Task<List<AuditEntry>> EntriesForAsync(int unitId)
    {
        await using var db = database.NewContext();
        return await db.AuditEntries.Where(a => a.EntityType == nameof(OrgUnit) && a.EntityKey == unitId.ToString())
            .ToListAsync(Ct);
    }

    [Fact]
    public async Task Every_lease_saves_in_its_own_scopes_name_and_a_lease_outside_a_scope_in_nobodys()
    {
        await using var services = Services();
        var (a, b) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        DundianDbContext first;
        OrgUnit byA = NewUnit("甲村"), byB = NewUnit("乙村"), byNobody = NewUnit("丙村"), byFactory = NewUnit("丁村");

        await using (var scope = services.CreateAsyncScope())
        {
            (first, _) = Lease(scope, a);
            first.OrgUnits.Add(byA);
            await first.SaveChangesAsync(Ct);
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var (db, _) = Lease(scope, b);
            Assert.Same(first, db); // pooled: the same instance, now B's
            db.OrgUnits.Add(byB);
            await db.SaveChangesAsync(Ct);
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var (db, _) = Lease(scope, userId: null); // a job's scope: nobody behind it
            Assert.Same(first, db);
            db.OrgUnits.Add(byNobody);
            await db.SaveChangesAsync(Ct);
        }
        await using (var scope = services.CreateAsyncScope())
        {
            // B again, then the singleton factory's lease: B's name must not stay on the instance after B's scope.
            var (db, _) = Lease(scope, b);
            Assert.Equal(b, db.Actor.UserId);
        }
        await using (var db = services.GetRequiredService<IDbContextFactory<DundianDbContext>>().CreateDbContext())
        {
            Assert.Same(first, db);
            Assert.Null(db.Actor.UserId);
            db.OrgUnits.Add(byFactory);
            await db.SaveChangesAsync(Ct);
        }

        var ofA = Assert.Single(await EntriesForAsync(byA.Id));
        Assert.Equal((a, "staff-" + a, "127.0.0.7"), (ofA.UserId, ofA.UserName, ofA.IpAddress));
        var ofB = Assert.Single(await EntriesForAsync(byB.Id));
        Assert.Equal((b, "staff-" + b), (ofB.UserId, ofB.UserName));
        Assert.Empty(await EntriesForAsync(byNobody.Id));
        Assert.Empty(await EntriesForAsync(byFactory.Id));
    }

    [Fact]
    public async Task A_lease_after_one_that_left_work_unfinished_starts_like_a_new_context()
    {
        var saved = NewUnit("旧名村");
        await using (var db = database.NewContext())
        {
            db.OrgUnits.Add(saved);
            await db.SaveChangesAsync(Ct);
        }
        int? defaultTimeout;
        await using (var fresh = database.NewContext()) defaultTimeout = fresh.Database.GetCommandTimeout();

        await using var services = Services();
        DundianDbContext first;
        var unsaved = NewUnit("未存村");
        await using (var scope = services.CreateAsyncScope())
        {
            (first, _) = Lease(scope, Guid.NewGuid().ToString("N"));
            await first.Database.OpenConnectionAsync(Ct); // as the article page does, never closed by hand
            await first.Database.BeginTransactionAsync(Ct);
            (await first.OrgUnits.SingleAsync(u => u.Id == saved.Id, Ct)).Name = "改了没存";
            first.OrgUnits.Add(unsaved);
            first.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            first.ChangeTracker.AutoDetectChangesEnabled = false;
            first.Database.SetCommandTimeout(1);
            first.SavingChanges += (_, _) => throw new InvalidOperationException("the last lease's handler");
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var (db, _) = Lease(scope, Guid.NewGuid().ToString("N"));
            Assert.Same(first, db);
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.Null(db.Database.CurrentTransaction);
            Assert.Equal(QueryTrackingBehavior.TrackAll, db.ChangeTracker.QueryTrackingBehavior);
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
            Assert.Equal(defaultTimeout, db.Database.GetCommandTimeout());
            Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);

            Assert.Equal(0, await db.SaveChangesAsync(Ct)); // nothing pending, and no handler of the last lease
            var read = await db.OrgUnits.SingleAsync(u => u.Id == saved.Id, Ct);
            Assert.Equal(saved.Name, read.Name);
            Assert.False(await db.OrgUnits.AnyAsync(u => u.Name == unsaved.Name, Ct));
            // A query opens and closes the connection itself, as on a new context: the last lease's explicit open
            // does not keep this one's connection open until the end of the request.
            Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
        }
    }

    [Fact]
    public async Task What_an_interceptor_noted_for_a_lease_whose_transaction_never_ended_is_not_announced_by_the_next()
    {
        var signal = new RecordingSignal();
        await using var services = Services(signal);
        var clock = services.GetRequiredService<TimeProvider>();
        DundianDbContext first;
        await using (var scope = services.CreateAsyncScope())
        {
            (first, _) = Lease(scope, userId: null);
            await first.Database.BeginTransactionAsync(Ct);
            var channel = new Channel { Slug = "p" + Guid.NewGuid().ToString("N")[..8], Name = "池测栏目", SortOrder = 98 };
            first.Articles.Add(new Article
            {
                Channel = channel, Title = "没提交", BodyHtml = "<p>没提交</p>", Status = ArticleStatus.Published,
                PublishedAt = clock.GetUtcNow().UtcDateTime,
            });
            await first.SaveChangesAsync(Ct);
            // The request fails here: the transaction is neither committed nor rolled back by the code.
        }
        Assert.Empty(signal.Told);

        await using (var scope = services.CreateAsyncScope())
        {
            var (db, _) = Lease(scope, userId: null);
            Assert.Same(first, db);
            db.Channels.Add(new Channel { Slug = "q" + Guid.NewGuid().ToString("N")[..8], Name = "无关栏目", SortOrder = 97 });
            await db.SaveChangesAsync(Ct);
        }
        Assert.Empty(signal.Told); // the uncommitted article is not in the database; nothing to index
    }
}

public sealed class DbContextPoolingTestsOnSqlite(SqliteDatabase db) : DbContextPoolingTests(db), IClassFixture<SqliteDatabase>;
public sealed class DbContextPoolingTestsOnPostgres(PostgresDatabase db) : DbContextPoolingTests(db), IClassFixture<PostgresDatabase>;
