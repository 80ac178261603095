using Dundian.Core.Concerns;
using Dundian.Core.Org;
using Dundian.Testing;
using Xunit;

namespace Dundian.Core.Tests.Concerns;

/// <summary>Handling metrics on hand-built concerns with a fake clock; each test uses its own village and unit.</summary>
public abstract class ConcernMetricsTests(MigratedDatabase database)
{
    private static readonly DateTime T0 = new(2007, 4, 2, 2, 0, 0, DateTimeKind.Utc);
    private readonly ManualClock clock = new(new DateTimeOffset(T0));
    private readonly string suffix = Guid.NewGuid().ToString("N")[..8];
    private int seq;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Unit, int Village, ConcernCategory Category)> PlaceAsync()
    {
        await using var db = database.NewContext();
        var tree = new OrgTree(db);
        var town = await tree.AddAsync(null, "镇" + suffix, OrgLevel.Town, new DateOnly(2000, 1, 1));
        var village = await tree.AddAsync(town, "村" + suffix, OrgLevel.Village, new DateOnly(2000, 1, 1));
        var category = new ConcernCategory { Code = "m" + suffix, Name = "道路交通", TimeLimitDays = 7 };
        db.ConcernCategories.Add(category);
        await db.SaveChangesAsync(Ct);
        return (town.Id, village.Id, category);
    }

    private Concern Assigned((int Unit, int Village, ConcernCategory Category) at, DateTime received)
    {
        var c = Concern.Receive($"M{suffix}{++seq:D3}", "hash", at.Category, at.Village, "村道破损需修补", ConcernSource.Portal, received, null);
        c.Assign(at.Unit, 7, received, "office");
        c.Start(received.AddHours(1), "unit");
        return c;
    }

    private async Task SaveAsync(params Concern[] concerns)
    {
        await using var db = database.NewContext();
        foreach (var c in concerns) db.Attach(c.Category!);
        db.Concerns.AddRange(concerns);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<(ConcernMetricsRow Unit, ConcernMetricsRow Village)> MetricsAsync(int unit, int village, DateOnly? from = null, DateOnly? to = null)
    {
        await using var db = database.NewContext();
        var metrics = new ConcernMetrics(db, clock);
        return ((await metrics.ByUnitAsync(from, to, null, Ct)).Single(r => r.Id == unit),
            (await metrics.ByVillageAsync(from, to, [village], Ct)).Single(r => r.Id == village));
    }

    [Fact]
    public async Task An_open_overdue_concern_lowers_the_on_time_rate()
    {
        var at = await PlaceAsync();
        var onTime = Assigned(at, T0);
        onTime.Resolve("已修补", T0.AddDays(3), "unit");
        var late = Assigned(at, T0);
        late.Resolve("已修补", T0.AddDays(9), "unit");
        var open = Assigned(at, T0);
        await SaveAsync(onTime, late, open);

        clock.Advance(TimeSpan.FromDays(5)); // nothing is overdue yet: the open one does not count
        var (_, before) = await MetricsAsync(at.Unit, at.Village);
        Assert.Equal((0, 0.5), (before.OpenOverdue, before.OnTimeRate));

        clock.Advance(TimeSpan.FromDays(5)); // the open one is now three days past due
        var (unit, village) = await MetricsAsync(at.Unit, at.Village);
        foreach (var row in new[] { unit, village })
        {
            Assert.Equal((3, 2, 1, 1), (row.Received, row.Resolved, row.OnTimeResolved, row.OpenOverdue));
            Assert.Equal(1.0 / 3, row.OnTimeRate!.Value, 6);
            Assert.Equal(6.0, row.AverageHandlingDays); // (3 + 9) / 2
        }
        Assert.Equal("村" + suffix, village.Name);
        Assert.Equal("镇" + suffix, unit.Name);
    }

    [Fact]
    public async Task Satisfaction_uses_each_latest_verdict_and_reopened_or_merged_concerns_are_repeats()
    {
        var at = await PlaceAsync();
        var reopenedThenSatisfied = Assigned(at, T0);
        reopenedThenSatisfied.Resolve("已修补", T0.AddDays(2), "unit");
        reopenedThenSatisfied.FollowUp(Satisfaction.Unsatisfied, "仍有积水", T0.AddDays(3), "office");
        reopenedThenSatisfied.Resolve("已重新修补", T0.AddDays(5), "unit");
        reopenedThenSatisfied.FollowUp(Satisfaction.Satisfied, null, T0.AddDays(6), "office");
        var stillUnsatisfied = Assigned(at, T0);
        stillUnsatisfied.Resolve("已修补", T0.AddDays(2), "unit");
        stillUnsatisfied.FollowUp(Satisfaction.Unsatisfied, null, T0.AddDays(3), "office");
        var basically = Assigned(at, T0);
        basically.Resolve("已修补", T0.AddDays(1), "unit");
        basically.FollowUp(Satisfaction.BasicallySatisfied, null, T0.AddDays(2), "office");
        var duplicate = Concern.Receive($"M{suffix}{++seq:D3}", "hash", at.Category, at.Village, "村道破损需修补", ConcernSource.Hotline, T0, null);
        await SaveAsync(reopenedThenSatisfied, stillUnsatisfied, basically);
        duplicate.MergeInto(basically, T0.AddHours(3), "office");
        await SaveAsync(duplicate);
        clock.Advance(TimeSpan.FromDays(8)); // a day past the 7-day limit

        var (_, row) = await MetricsAsync(at.Unit, at.Village);
        Assert.Equal(4, row.Received);
        Assert.Equal(3, row.Repeats);                     // reopened twice-verdicted, reopened still open, merged duplicate
        Assert.Equal((3, 2), (row.FollowedUp, row.Satisfied));
        Assert.Equal(2.0 / 3, row.SatisfactionRate!.Value, 6);
        Assert.Equal(2, row.Resolved);                    // the reopened-and-open one is not resolved, the duplicate neither
        Assert.Equal(1, row.OpenOverdue);                 // still being reworked past its due date
    }

    [Fact]
    public async Task The_period_selects_concerns_by_the_china_day_they_were_received()
    {
        var at = await PlaceAsync();
        var aprilFirstLocal = Concern.Receive($"M{suffix}{++seq:D3}", "hash", at.Category, at.Village, "路灯不亮", ConcernSource.Portal,
            new DateTime(2007, 3, 31, 16, 30, 0, DateTimeKind.Utc), null); // 4/1 00:30 China time
        var march = Concern.Receive($"M{suffix}{++seq:D3}", "hash", at.Category, at.Village, "路灯不亮", ConcernSource.Portal,
            new DateTime(2007, 3, 31, 15, 30, 0, DateTimeKind.Utc), null);
        await SaveAsync(aprilFirstLocal, march);

        await using var db = database.NewContext();
        var rows = await new ConcernMetrics(db, clock).ByVillageAsync(new DateOnly(2007, 4, 1), new DateOnly(2007, 4, 30), null, Ct);
        var row = rows.Single(r => r.Id == at.Village);
        Assert.Equal((1, 0, null, null), (row.Received, row.Resolved, row.OnTimeRate, row.AverageHandlingDays));
        // Not yet assigned: by unit it falls under 未交办.
        var byUnit = await new ConcernMetrics(db, clock).ByUnitAsync(new DateOnly(2007, 4, 1), new DateOnly(2007, 4, 30), [at.Village], Ct);
        Assert.Contains(byUnit, r => r.Id == null && r.Name == "未交办");
    }

    [Fact]
    public async Task By_resolved_date_counts_what_was_resolved_or_fell_due_in_the_period()
    {
        var at = await PlaceAsync();
        var marchReceivedAprilResolved = Assigned(at, T0.AddDays(-20)); // received 13 March, due 20 March
        marchReceivedAprilResolved.Resolve("已修补", T0.AddDays(1), "unit");
        var aprilOpen = Assigned(at, T0); // due 9 April, still open
        var marchResolved = Assigned(at, T0.AddDays(-20));
        marchResolved.Resolve("已修补", T0.AddDays(-15), "unit");
        await SaveAsync(marchReceivedAprilResolved, aprilOpen, marchResolved);
        clock.Advance(TimeSpan.FromDays(12));

        await using var db = database.NewContext();
        var metrics = new ConcernMetrics(db, clock);
        var april = (await metrics.ByVillageAsync(new DateOnly(2007, 4, 1), new DateOnly(2007, 4, 30), [at.Village], Ct, ConcernPeriodBasis.Resolved)).Single();
        Assert.Equal((2, 1, 0, 1), (april.Received, april.Resolved, april.OnTimeResolved, april.OpenOverdue));
        Assert.Equal(0.0, april.OnTimeRate);
        var byReceipt = (await metrics.ByVillageAsync(new DateOnly(2007, 4, 1), new DateOnly(2007, 4, 30), [at.Village], Ct)).Single();
        Assert.Equal((1, 0, 1), (byReceipt.Received, byReceipt.Resolved, byReceipt.OpenOverdue));
    }
}

public sealed class ConcernMetricsTestsOnSqlite(SqliteDatabase db) : ConcernMetricsTests(db), IClassFixture<SqliteDatabase>;
public sealed class ConcernMetricsTestsOnPostgres(PostgresDatabase db) : ConcernMetricsTests(db), IClassFixture<PostgresDatabase>;
