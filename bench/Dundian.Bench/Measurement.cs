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
public sealed class Measurement(BenchDatabase database, GeneratedData data, int iterations, DateOnly? from = null, DateOnly? to = null)
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
        if (check && from is null && households != data.HouseholdsPerUnit[unitId])
            throw new InvalidOperationException($"{level}: 走访农户 {households}, generated {data.HouseholdsPerUnit[unitId]}");
        // Keep a slow level from eating the whole run: at most ~60 s of timed calls per level.
        var n = Math.Max(5, Math.Min(iterations, (int)(60_000 / Math.Max(1, warm.Elapsed.TotalMilliseconds / 3))));
        if (check && from is null) await CheckAgainstRecordsAsync(level, unitId); // after n is fixed: the from-records path is slow
        if (check && from is not null) await CheckPeriodAgainstRecordsAsync(level, unitId);
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
                StartDate = from ?? new DateOnly(2025, 6, 1), EndDate = (from ?? new DateOnly(2025, 6, 1)).AddDays(1), HouseholdsVisited = visited,
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

    /// <summary>
    /// With a period the timed call reads the monthly totals: 走访农户 and the stationed days are recomputed here straight
    /// from the logs (a SUM and a union of the stays clipped to the period) and must agree — once per level, untimed.
    /// </summary>
    private async Task CheckPeriodAgainstRecordsAsync(string level, int unitId)
    {
        await using var db = new DundianDbContext(contextOptions);
        var figures = await new StatisticsService(db, catalogue).ComputeAsync(Filter(unitId));
        var path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync();
        var logs = db.FieldLogs.AsNoTracking().Where(l => l.CampaignId == data.CampaignId && l.VillagePath.StartsWith(path));
        var households = await logs.Where(l => l.StartDate >= from!.Value && l.StartDate <= to!.Value).SumAsync(l => (long)l.HouseholdsVisited);
        var stays = await logs.Where(l => l.EndDate >= from!.Value && l.StartDate <= to!.Value)
            .OrderBy(l => l.ParticipantId).ThenBy(l => l.StartDate)
            .Select(l => new { l.ParticipantId, l.StartDate, l.EndDate }).ToListAsync();
        var days = StationedDays.PerParticipant(stays.Select(s => (s.ParticipantId, s.StartDate, s.EndDate)), from, to).Values.Sum();
        var (h, d) = (Households(figures), figures.Single(v => v.Key == IndicatorKeys.StationedDays).Value);
        if (h != households || d != days)
            throw new InvalidOperationException($"{level}: period figures 走访农户 {h} / {d} 天 from the totals, {households} / {days} from the logs");
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

    private IndicatorFilter Filter(int unitId) => new() { CampaignId = data.CampaignId, OrgUnitId = unitId, From = from, To = to };

    private static decimal Households(IReadOnlyList<IndicatorValue> values) =>
        values.Single(v => v.Key == IndicatorKeys.HouseholdsVisited).Value;

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Rank(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
