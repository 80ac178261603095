using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Core.Statistics;
using Dundian.Core.Statistics.Totals;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>
/// The pre-aggregated field-log totals never differ from the records: after random inserts, updates (dates,
/// village, figures, even the person) and deletes, every field-log figure read through the statistics service
/// (which reads the totals) equals an independent computation from the logs, for the campaign, each village, town,
/// the county, the group and each person; and the incrementally kept rows equal a full rebuild.
/// </summary>
public abstract class FieldLogTotalsTests(CampaignDatabase data)
{
    private static readonly string[] SumKeys =
    [
        IndicatorKeys.HouseholdsVisited, IndicatorKeys.Symposiums, IndicatorKeys.Talks, IndicatorKeys.ConsolationHouseholds,
        IndicatorKeys.ConsolationMoney, IndicatorKeys.PolicyTalks, IndicatorKeys.DialogueParticipants,
        IndicatorKeys.ProblemsSolved, // counted from concerns once that module is registered; its drill-down must still add up
    ];

    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    public async Task Totals_equal_the_records_after_random_inserts_updates_and_deletes(int seed)
    {
        var rng = new Random(seed);
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var t = await TestCampaign.CreateAsync(db);
        // Two villages of one town and one of another town, so a person's span is a village, a town or the county.
        OrgUnit[] villages = [t.Village, t.OtherVillage, await CampaignDatabase.UnitAsync(db, "东门渔村")];
        int[] people = [t.Leader.Id, t.Member.Id];
        var logIds = new List<long>();
        for (var step = 1; step <= 36; step++)
        {
            var op = logIds.Count < 3 ? 0 : rng.Next(4); // insert twice as often as update or delete
            if (op <= 1)
            {
                var log = new FieldLog { CampaignId = t.Campaign.Id, CreatedAt = DateTime.UtcNow };
                Randomise(log, rng, villages, people);
                db.FieldLogs.Add(log);
                await db.SaveChangesAsync();
                logIds.Add(log.Id);
            }
            else
            {
                var id = logIds[rng.Next(logIds.Count)];
                var log = await db.FieldLogs.SingleAsync(l => l.Id == id);
                if (op == 2) Randomise(log, rng, villages, people);
                else { db.FieldLogs.Remove(log); logIds.Remove(id); }
                await db.SaveChangesAsync();
            }
            if (step % 6 == 0) await AssertTotalsMatchRecordsAsync(t, villages);
        }
    }

    [Fact]
    public async Task Overlapping_stays_in_two_villages_count_once_where_both_are_counted()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var t = await TestCampaign.CreateAsync(db);
        var shipuVillage = await CampaignDatabase.UnitAsync(db, "东门渔村");
        db.FieldLogs.AddRange(
            Stay(t, t.Village, 1, 5), Stay(t, t.OtherVillage, 3, 7), // 大徐镇: Apr 1–7 = 7 days, not 10
            Stay(t, shipuVillage, 7, 8));                             // county: Apr 1–8 = 8 days
        await db.SaveChangesAsync();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var town = await CampaignDatabase.UnitAsync(db, "大徐镇");
        var county = await CampaignDatabase.UnitAsync(db, "象山县");
        async Task<decimal> Days(int? unit) => (await stats.ComputeAsync(IndicatorKeys.StationedDays,
            new IndicatorFilter { CampaignId = t.Campaign.Id, OrgUnitId = unit })).Value;
        Assert.Equal(5, await Days(t.Village.Id));
        Assert.Equal(5, await Days(t.OtherVillage.Id));
        Assert.Equal(7, await Days(town.Id));
        Assert.Equal(2, await Days(shipuVillage.Id));
        Assert.Equal(8, await Days(county.Id));
        Assert.Equal(8, await Days(null));
        var row = await db.FieldLogTotals.AsNoTracking().SingleAsync(r => r.ParticipantId == t.Member.Id);
        Assert.Equal((3, 8, county.Path), (row.LogCount, row.StationedDays, row.SpanPath));
    }

    [Fact]
    public async Task A_log_written_is_counted_by_the_next_query()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var t = await TestCampaign.CreateAsync(db);
        var town = await CampaignDatabase.UnitAsync(db, "大徐镇");
        IndicatorFilter[] filters =
        [
            new() { CampaignId = t.Campaign.Id }, new() { CampaignId = t.Campaign.Id, OrgUnitId = t.Village.Id },
            new() { OrgUnitId = town.Id }, new() { ParticipantId = t.Member.Id }, new() { GroupId = t.Group.Id },
        ];
        var before = new List<(decimal Days, decimal Households)>();
        foreach (var f in filters) before.Add(await FiguresAsync(f));

        var service = scope.ServiceProvider.GetRequiredService<FieldLogService>();
        await service.RecordAsync(CampaignDatabase.Actor(t.MemberUser, Core.Accounts.StaffRole.Cadre, t.Village.Path), new FieldLogInput
        {
            ParticipantId = t.Member.Id, VillageId = t.Village.Id,
            StartDate = TestCampaign.April1.AddDays(9), EndDate = TestCampaign.April1.AddDays(11), HouseholdsVisited = 6,
        });

        for (var i = 0; i < filters.Length; i++)
            Assert.Equal((before[i].Days + 3, before[i].Households + 6), await FiguresAsync(filters[i]));

        async Task<(decimal, decimal)> FiguresAsync(IndicatorFilter filter)
        {
            await using var read = data.NewScope(); // a new request: nothing cached between the write and the read
            var values = await read.ServiceProvider.GetRequiredService<StatisticsService>().ComputeAsync(filter);
            return (values.Single(v => v.Key == IndicatorKeys.StationedDays).Value,
                values.Single(v => v.Key == IndicatorKeys.HouseholdsVisited).Value);
        }
    }

    [Fact]
    public async Task A_failed_save_leaves_logs_and_totals_as_they_were()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var t = await TestCampaign.CreateAsync(db);
        db.FieldLogs.Add(Stay(t, t.Village, 1, 2));
        await db.SaveChangesAsync();
        var before = await db.FieldLogTotals.AsNoTracking().SingleAsync(r => r.ParticipantId == t.Member.Id);

        db.FieldLogs.Add(Stay(t, t.Village, 4, 6));
        var broken = Stay(t, t.Village, 8, 9);
        broken.VillageId = -1; // no such unit: the foreign key fails the whole save
        db.FieldLogs.Add(broken);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var check = data.NewScope();
        var fresh = check.ServiceProvider.GetRequiredService<DundianDbContext>();
        Assert.Equal(1, await fresh.FieldLogs.CountAsync(l => l.ParticipantId == t.Member.Id));
        var after = await fresh.FieldLogTotals.AsNoTracking().SingleAsync(r => r.ParticipantId == t.Member.Id);
        Assert.Equal((before.LogCount, before.StationedDays, before.HouseholdsVisited), (after.LogCount, after.StationedDays, after.HouseholdsVisited));
    }

    [Fact]
    public async Task Concurrent_writers_for_one_person_lose_no_log()
    {
        await using var scope = data.NewScope();
        var t = await TestCampaign.CreateAsync(scope.ServiceProvider.GetRequiredService<DundianDbContext>());
        const int writers = 8;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async i =>
        {
            await using var s = data.NewScope();
            var db = s.ServiceProvider.GetRequiredService<DundianDbContext>();
            db.FieldLogs.Add(Stay(t, i % 2 == 0 ? t.Village : t.OtherVillage, 1 + 3 * i, 2 + 3 * i)); // 2 days each, apart
            await db.SaveChangesAsync();
        }));
        await using var check = data.NewScope();
        var row = await check.ServiceProvider.GetRequiredService<DundianDbContext>().FieldLogTotals.AsNoTracking()
            .SingleAsync(r => r.ParticipantId == t.Member.Id);
        Assert.Equal((writers, 2 * writers, 5 * writers), (row.LogCount, row.StationedDays, (int)row.HouseholdsVisited));
    }

    [Fact]
    public async Task A_full_rebuild_gives_the_rows_kept_write_by_write_for_the_whole_demo()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var kept = await db.FieldLogTotals.AsNoTracking().OrderBy(r => r.ParticipantId).ThenBy(r => r.CampaignId).ToListAsync();
        Assert.NotEmpty(kept); // the demo data was loaded through EF, so its totals were kept as it was written
        Assert.False(await FieldLogTotalsWriter.EnsureBuiltAsync(db)); // nothing to do when totals exist

        Assert.Equal(kept.Count, await FieldLogTotalsWriter.RebuildAsync(db));
        var rebuilt = await db.FieldLogTotals.AsNoTracking().OrderBy(r => r.ParticipantId).ThenBy(r => r.CampaignId).ToListAsync();
        Assert.Equal(kept.Select(Shape), rebuilt.Select(Shape));
    }

    private async Task AssertTotalsMatchRecordsAsync(TestCampaign t, OrgUnit[] villages)
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var logs = await db.FieldLogs.AsNoTracking().Where(l => l.CampaignId == t.Campaign.Id).ToListAsync();

        var units = villages.ToList();
        units.AddRange(await db.OrgUnits.Where(u => u.Name == "大徐镇" || u.Name == "石浦镇" || u.Name == "象山县").ToListAsync());
        var campaign = new IndicatorFilter { CampaignId = t.Campaign.Id };
        var cases = new List<(IndicatorFilter Filter, Func<FieldLog, bool> Selects)> { (campaign, _ => true) };
        cases.AddRange(units.Select(u => (campaign with { OrgUnitId = u.Id }, (Func<FieldLog, bool>)(l => l.VillagePath.StartsWith(u.Path, StringComparison.Ordinal)))));
        cases.Add((campaign with { GroupId = t.Group.Id }, _ => true));
        cases.Add((campaign with { ParticipantId = t.Member.Id }, l => l.ParticipantId == t.Member.Id));
        cases.Add((campaign with { ParticipantId = t.Leader.Id, OrgUnitId = units[^3].Id }, l => l.ParticipantId == t.Leader.Id && l.VillagePath.StartsWith(units[^3].Path, StringComparison.Ordinal)));
        foreach (var (filter, selects) in cases)
        {
            var chosen = logs.Where(selects).ToList();
            var values = (await stats.ComputeAsync(filter)).ToDictionary(v => v.Key, v => v.Value);
            Assert.True(DistinctPersonDays(chosen) == values[IndicatorKeys.StationedDays], $"stationed days, {filter}");
            foreach (var key in SumKeys)
            {
                var rows = await stats.DrillDownAsync(key, filter); // the drill-down reads the records themselves
                Assert.True(rows.Sum(r => r.Value) == values[key], $"{key}, {filter}: drill-down {rows.Sum(r => r.Value)} vs {values[key]}");
            }
            Assert.Equal(chosen.Sum(l => l.HouseholdsVisited), values[IndicatorKeys.HouseholdsVisited]);
            Assert.Equal(chosen.Sum(l => l.ConsolationAmountFen) / 100m, values[IndicatorKeys.ConsolationMoney]);
            Assert.Equal(chosen.Sum(l => l.Talks), values[IndicatorKeys.Talks]);
            Assert.Equal(chosen.Sum(l => l.DialogueParticipants), values[IndicatorKeys.DialogueParticipants]);
        }

        // The rows kept one write at a time equal the rows a full recomputation gives.
        var kept = await db.FieldLogTotals.AsNoTracking().Where(r => r.CampaignId == t.Campaign.Id)
            .OrderBy(r => r.ParticipantId).ToListAsync();
        var rebuilt = FieldLogTotalsCalculator.Compute(logs.OrderBy(l => l.ParticipantId).ThenBy(l => l.StartDate));
        Assert.Equal(rebuilt.Select(Shape), kept.Select(Shape));
    }

    private static object Shape(FieldLogTotal r) => new
    {
        r.ParticipantId, r.CampaignId, r.SpanPath, r.LogCount, r.StationedDays, r.HouseholdsVisited, r.Symposiums,
        r.SymposiumAttendees, r.Talks, r.ConsolationHouseholds, r.ConsolationAmountFen, r.PolicyTalks,
        r.DialogueParticipants, r.ProblemsSolvedOnSpot,
    };

    /// <summary>Independent oracle for stationed days: the set of (person, day) pairs, one day at a time.</summary>
    private static int DistinctPersonDays(IEnumerable<FieldLog> logs)
    {
        var days = new HashSet<(int, DateOnly)>();
        foreach (var l in logs)
            for (var d = l.StartDate; d <= l.EndDate; d = d.AddDays(1)) days.Add((l.ParticipantId, d));
        return days.Count;
    }

    private static void Randomise(FieldLog log, Random rng, OrgUnit[] villages, int[] people)
    {
        var village = villages[rng.Next(villages.Length)];
        log.ParticipantId = people[rng.Next(people.Length)];
        log.VillageId = village.Id;
        log.VillagePath = village.Path;
        log.StartDate = TestCampaign.April1.AddDays(rng.Next(25));
        log.EndDate = log.StartDate.AddDays(rng.Next(5));
        log.HouseholdsVisited = rng.Next(10);
        log.Symposiums = rng.Next(3);
        log.SymposiumAttendees = rng.Next(30);
        log.Talks = rng.Next(10);
        log.ConsolationHouseholds = rng.Next(3);
        log.ConsolationAmountFen = log.ConsolationHouseholds * rng.Next(100_00, 1000_00);
        log.PolicyTalks = rng.Next(2);
        log.DialogueParticipants = rng.Next(20);
        log.ProblemsSolvedOnSpot = rng.Next(3);
    }

    private static FieldLog Stay(TestCampaign t, OrgUnit village, int fromDay, int toDay) => new()
    {
        CampaignId = t.Campaign.Id, ParticipantId = t.Member.Id, VillageId = village.Id, VillagePath = village.Path,
        StartDate = TestCampaign.April1.AddDays(fromDay - 1), EndDate = TestCampaign.April1.AddDays(toDay - 1),
        HouseholdsVisited = 5, CreatedAt = DateTime.UtcNow,
    };
}

public sealed class FieldLogTotalsTestsOnSqlite(SqliteCampaignDatabase data) : FieldLogTotalsTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class FieldLogTotalsTestsOnPostgres(PostgresCampaignDatabase data) : FieldLogTotalsTests(data), IClassFixture<PostgresCampaignDatabase>;
