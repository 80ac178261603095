using System.Diagnostics;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Bench;

public sealed record LevelResult(string Level, int UnitId, int Iterations, double P50, double P95, double Max, decimal Households, int Queries);

public sealed record LagResult(decimal VillageBefore, decimal VillageAfter, decimal ProvinceBefore, decimal ProvinceAfter,
    int Logged, double WriteMs, double VillageReadMs, double ProvinceReadMs);

/// <summary>
/// Times <see cref="StatisticsService.ComputeAsync(IndicatorFilter, CancellationToken)"/> — the dashboard's call —
/// with a fresh DbContext per call as a web request has, and checks each figure against the generator's.
/// </summary>
public sealed class Measurement(BenchDatabase database, GeneratedData data, int iterations)
{
    // The catalogue the web host registers — the built-ins plus the modules' own indicators (解决实际问题 from
    // resolved concerns) — so the timed call computes exactly the dashboard's figures.
    private readonly IndicatorCatalogue catalogue = new ServiceCollection().AddDundianCore(database.Options)
        .BuildServiceProvider().GetRequiredService<IndicatorCatalogue>();
    private readonly DbContextOptions<DundianDbContext> contextOptions = database.ContextOptions();

    public async Task<LevelResult> LevelAsync(string level, int unitId, bool check, Action<string> sqlLog)
    {
        // One logged call: the SQL the roll-up issues and each command's time, for EXPLAIN.
        var queries = 0;
        var logged = new DundianDbContext(database.ContextOptions(line => { queries++; sqlLog(line); }));
        await using (logged) await new StatisticsService(logged, catalogue).ComputeAsync(Filter(unitId));

        var warm = Stopwatch.StartNew();
        var households = Households(await ComputeAsync(unitId));
        for (var i = 0; i < 2; i++) await ComputeAsync(unitId);
        if (check && households != data.HouseholdsPerUnit[unitId])
            throw new InvalidOperationException($"{level}: 走访农户 {households}, generated {data.HouseholdsPerUnit[unitId]}");
        // Keep a slow level from eating the whole run: at most ~60 s of timed calls per level.
        var n = Math.Max(5, Math.Min(iterations, (int)(60_000 / Math.Max(1, warm.Elapsed.TotalMilliseconds / 3))));
        if (check) await CheckAgainstRecordsAsync(level, unitId); // after n is fixed: the from-records path is slow
        var times = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var sw = Stopwatch.StartNew();
            await ComputeAsync(unitId);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new LevelResult(level, unitId, n, Rank(times, 0.50), Rank(times, 0.95), times[^1], households, queries);
    }

    /// <summary>Records one stay through <see cref="FieldLogService"/> and reads the figures right after: no lag allowed.</summary>
    public async Task<LagResult> NoLagAsync()
    {
        const int visited = 7;
        var villageBefore = Households(await ComputeAsync(data.Village));
        var provinceBefore = Households(await ComputeAsync(data.Province));
        var sw = Stopwatch.StartNew();
        long id;
        await using (var db = new DundianDbContext(contextOptions))
        {
            var office = new StaffActor("bench-office", new StaffScope([(StaffRole.CampaignOffice, "/1/")]));
            var log = await new FieldLogService(db, TimeProvider.System).RecordAsync(office, new FieldLogInput
            {
                ParticipantId = data.VillageParticipant, VillageId = data.Village,
                StartDate = new DateOnly(2025, 6, 1), EndDate = new DateOnly(2025, 6, 2), HouseholdsVisited = visited,
            });
            id = log.Id;
        }
        var writeMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var villageAfter = Households(await ComputeAsync(data.Village));
        var villageMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var provinceAfter = Households(await ComputeAsync(data.Province));
        var provinceMs = sw.Elapsed.TotalMilliseconds;
        await using (var db = new DundianDbContext(contextOptions))
        {
            // Through EF, so the totals are rewritten as well: leave the data as generated, for --reuse.
            db.FieldLogs.Remove(await db.FieldLogs.SingleAsync(l => l.Id == id));
            await db.SaveChangesAsync();
        }
        if (villageAfter - villageBefore != visited || provinceAfter - provinceBefore != visited)
            throw new InvalidOperationException($"lag: village {villageBefore}→{villageAfter}, province {provinceBefore}→{provinceAfter}, logged {visited}");
        return new LagResult(villageBefore, villageAfter, provinceBefore, provinceAfter, visited, writeMs, villageMs, provinceMs);
    }

    /// <summary>
    /// The timed call reads the pre-aggregated totals; a period covering the whole campaign gives the same figures
    /// computed from the records (the exact path). Every field-log figure must agree — checked once per level, untimed.
    /// </summary>
    private async Task CheckAgainstRecordsAsync(string level, int unitId)
    {
        await using var db = new DundianDbContext(contextOptions);
        var stats = new StatisticsService(db, catalogue);
        var fromTotals = await stats.ComputeAsync(Filter(unitId));
        var fromRecords = await stats.ComputeAsync(Filter(unitId) with { From = Generator.CampaignStart, To = Generator.CampaignEnd });
        foreach (var key in FieldLogKeys)
        {
            var a = fromTotals.Single(v => v.Key == key).Value;
            var b = fromRecords.Single(v => v.Key == key).Value;
            if (a != b) throw new InvalidOperationException($"{level}: {key} from the totals {a}, from the records {b}");
        }
    }

    private static readonly string[] FieldLogKeys =
    [
        IndicatorKeys.StationedDays, IndicatorKeys.Symposiums, IndicatorKeys.HouseholdsVisited, IndicatorKeys.Talks,
        IndicatorKeys.ConsolationHouseholds, IndicatorKeys.ConsolationMoney, IndicatorKeys.PolicyTalks,
        IndicatorKeys.DialogueParticipants, IndicatorKeys.ProblemsSolved,
    ];

    private async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(int unitId)
    {
        await using var db = new DundianDbContext(contextOptions);
        return await new StatisticsService(db, catalogue).ComputeAsync(Filter(unitId));
    }

    private IndicatorFilter Filter(int unitId) => new() { CampaignId = data.CampaignId, OrgUnitId = unitId };

    private static decimal Households(IReadOnlyList<IndicatorValue> values) =>
        values.Single(v => v.Key == IndicatorKeys.HouseholdsVisited).Value;

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Rank(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
