using Dundian.Core.Concerns;
using Dundian.Core.Org;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Concerns;

/// <summary>督办 with a fake clock: levels follow the days overdue, not the number of runs.</summary>
public abstract class ConcernEscalationTests(MigratedDatabase database) : IAsyncLifetime
{
    private readonly ManualClock clock = new(new DateTimeOffset(2007, 4, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly string suffix = Guid.NewGuid().ToString("N")[..8];
    private int villageId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var db = database.NewContext();
        var tree = new OrgTree(db);
        var town = await tree.AddAsync(null, "镇" + suffix, OrgLevel.Town, new DateOnly(2000, 1, 1));
        villageId = (await tree.AddAsync(town, "村" + suffix, OrgLevel.Village, new DateOnly(2000, 1, 1))).Id;
        db.ConcernCategories.Add(new ConcernCategory { Code = "esc" + suffix, Name = "环境卫生", TimeLimitDays = 7 });
        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<int> AssignedConcernAsync(string text, bool start)
    {
        await using var db = database.NewContext();
        var (concern, _) = await new ConcernIntake(db, clock)
            .SubmitAsync(new ConcernSubmission("esc" + suffix, villageId, text), ConcernSource.Portal, null, Ct);
        concern.Assign(villageId, 7, clock.GetUtcNow().UtcDateTime, "office");
        if (start) concern.Start(clock.GetUtcNow().UtcDateTime, "unit");
        await db.SaveChangesAsync(Ct);
        return concern.Id;
    }

    private async Task<(int Level, int Escalations)> LevelAsync(int id)
    {
        await using var db = database.NewContext();
        var c = await db.Concerns.Include(x => x.Events).SingleAsync(x => x.Id == id, Ct);
        return (c.EscalationLevel, c.Events.Count(e => e.Kind == ConcernEventKind.Escalated));
    }

    private async Task<int> RunAsync()
    {
        await using var db = database.NewContext();
        return await new ConcernEscalation(db, clock).EscalateOverdueAsync(3, Ct);
    }

    [Fact]
    public async Task Overdue_concerns_climb_one_level_per_step_and_repeated_runs_change_nothing()
    {
        var assigned = await AssignedConcernAsync("垃圾清运不及时,村口堆积", start: false);
        var started = await AssignedConcernAsync("河道漂浮物无人打捞", start: true);

        clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, await RunAsync());
        Assert.Equal((0, 0), await LevelAsync(assigned));

        clock.Advance(TimeSpan.FromDays(1.5)); // half a day overdue
        // Other tests of this class share the database, so counts are "at least" ours; levels are exact.
        Assert.True(await RunAsync() >= 2);
        Assert.Equal(0, await RunAsync());
        Assert.Equal((1, 1), await LevelAsync(assigned));
        Assert.Equal((1, 1), await LevelAsync(started));

        clock.Advance(TimeSpan.FromDays(30)); // far overdue: capped at the top level, one event per level
        Assert.True(await RunAsync() >= 2);
        Assert.Equal((ConcernEscalation.MaxLevel, ConcernEscalation.MaxLevel), await LevelAsync(assigned));
        Assert.Equal(0, await RunAsync());
    }

    [Fact]
    public async Task Resolved_and_extended_concerns_are_not_escalated()
    {
        var resolved = await AssignedConcernAsync("路灯不亮,夜间出行不便", start: true);
        var extended = await AssignedConcernAsync("自来水水压偏低,高层用水困难", start: true);
        await using (var db = database.NewContext())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            (await db.Concerns.SingleAsync(c => c.Id == resolved, Ct)).Resolve("已更换路灯", now, "unit");
            var e = await db.Concerns.SingleAsync(c => c.Id == extended, Ct);
            e.RequestExtension(now.AddDays(20), "需协调供水公司", now, "unit");
            e.DecideExtension(true, now, "office");
            await db.SaveChangesAsync(Ct);
        }

        clock.Advance(TimeSpan.FromDays(10));
        await RunAsync();
        Assert.Equal((0, 0), await LevelAsync(resolved));
        Assert.Equal((0, 0), await LevelAsync(extended));
    }
}

public sealed class ConcernEscalationTestsOnSqlite(SqliteDatabase db) : ConcernEscalationTests(db), IClassFixture<SqliteDatabase>;
public sealed class ConcernEscalationTestsOnPostgres(PostgresDatabase db) : ConcernEscalationTests(db), IClassFixture<PostgresDatabase>;
