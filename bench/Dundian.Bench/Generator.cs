using System.Data.Common;
using System.Diagnostics;

namespace Dundian.Bench;

/// <summary>
/// A province-sized tree (root → ~V/115 counties → V/8 towns → V villages; OrgLevel has no province, so the
/// root is a City-level unit standing for the province), one county-tier campaign over a year, one group of
/// five per town with that town's villages as liaison villages, and <c>logs</c> stays spread evenly over the
/// villages and randomly over the year. Deterministic (fixed seed), so every run measures the same data.
/// </summary>
public sealed class Generator(BenchOptions options)
{
    public static readonly DateOnly CampaignStart = new(2025, 1, 1);
    public static readonly DateOnly CampaignEnd = new(2025, 12, 31);
    private const int VillagesPerTown = 8, TownsPerCounty = 14, PeoplePerGroup = 5;

    public GeneratedData Data { get; } = new();

    /// <summary>Writes the data; with no connection only recomputes <see cref="Data"/> (for --reuse).</summary>
    public async Task<TimeSpan> RunAsync(DbConnection? conn)
    {
        var clock = Stopwatch.StartNew();
        var writer = conn is null ? TableWriter.Dry() : TableWriter.For(conn);
        var units = BuildTree();
        await writer.WriteAsync("OrgUnits", ["Id", "Name", "Level", "ParentId", "Path", "DivisionCode", "ValidFrom", "ValidTo", "SortOrder"],
            units.Select(u => new object?[] { u.Id, u.Name, u.Level, u.ParentId, u.Path, null, new DateOnly(2000, 1, 1), null, u.Id }));
        await writer.WriteAsync("Campaigns", ["Id", "Name", "Theme", "Slogan", "StartDate", "EndDate", "Tier", "OrgUnitId",
                "NoticeHtml", "ImplementationPlanHtml", "ActivityPlanHtml", "Requirements"],
            [[1, "基准测试蹲点调研活动", "联镇带村谋发展,蹲点联系办实事", null, CampaignStart, CampaignEnd, "County", 1, "", "", "", null]]);
        Data.CampaignId = 1;

        var towns = units.Where(u => u.Level == "Town").ToList();
        await writer.WriteAsync("ResearchGroups", ["Id", "CampaignId", "Name", "LeaderId", "SortOrder"],
            towns.Select((t, i) => new object?[] { i + 1, 1, $"第{i + 1}调研组", null, i + 1 }));
        var groupOfTown = towns.Select((t, i) => (t.Id, Group: i + 1)).ToDictionary(x => x.Id, x => x.Group);
        await writer.WriteAsync("Participants", ["Id", "CampaignId", "Name", "Title", "Unit", "Category", "UserId", "GroupId"],
            Enumerable.Range(0, towns.Count * PeoplePerGroup).Select(i => new object?[]
                { i + 1, 1, $"干部{i + 1}", "副县长", "县政府", "CountyLeadership", null, i / PeoplePerGroup + 1 }));
        if (conn is not null) await ExecAsync(conn, $"UPDATE \"ResearchGroups\" SET \"LeaderId\" = (\"Id\" - 1) * {PeoplePerGroup} + 1");
        var villages = units.Where(u => u.Level == "Village").ToList();
        await writer.WriteAsync("LiaisonVillages", ["Id", "GroupId", "VillageId", "FromDate", "ToDate"],
            villages.Select((v, i) => new object?[] { i + 1, groupOfTown[v.ParentId!.Value], v.Id, CampaignStart, null }));
        Data.Villages = villages.Count;
        Data.Participants = towns.Count * PeoplePerGroup;

        var households = new long[units.Count + 1];
        await writer.WriteAsync("FieldLogs", ["Id", "CampaignId", "ParticipantId", "VillageId", "VillagePath", "StartDate", "EndDate",
                "HouseholdsVisited", "Symposiums", "SymposiumAttendees", "Talks", "ConsolationHouseholds", "ConsolationAmountFen",
                "PolicyTalks", "DialogueParticipants", "ProblemsSolvedOnSpot", "Location", "Notes", "CreatedAt", "CreatedByUserId"],
            Logs(villages, groupOfTown, households));
        Data.HouseholdsPerUnit = RollUp(units, households);
        Data.Logs = options.Logs;
        var mid = villages[villages.Count / 2];
        Data.Village = mid.Id;
        Data.Town = mid.ParentId!.Value;
        Data.County = units[Data.Town - 1].ParentId!.Value;
        Data.Province = 1;
        Data.VillageParticipant = (groupOfTown[mid.ParentId!.Value] - 1) * PeoplePerGroup + 1;
        return clock.Elapsed;
    }

    private IEnumerable<object?[]> Logs(List<Unit> villages, Dictionary<int, int> groupOfTown, long[] households)
    {
        var rng = new Random(20070301);
        var span = CampaignEnd.DayNumber - CampaignStart.DayNumber;
        for (var i = 0; i < options.Logs; i++)
        {
            var v = villages[i % villages.Count];
            var participant = (groupOfTown[v.ParentId!.Value] - 1) * PeoplePerGroup + 1 + rng.Next(PeoplePerGroup);
            var start = CampaignStart.AddDays(rng.Next(span + 1));
            var end = start.AddDays(rng.Next(4));
            if (end > CampaignEnd) end = CampaignEnd;
            var visited = rng.Next(11);
            households[v.Id] += visited;
            var consoled = rng.Next(3);
            yield return
            [
                (long)(i + 1), 1, participant, v.Id, v.Path, start, end,
                visited, rng.Next(2), rng.Next(21), rng.Next(6), consoled, (long)consoled * rng.Next(200, 501) * 100,
                rng.Next(2), rng.Next(11), rng.Next(3), null, null,
                DateTime.SpecifyKind(start.ToDateTime(new TimeOnly(20, 0)), DateTimeKind.Utc), null,
            ];
        }
    }

    private List<Unit> BuildTree()
    {
        var units = new List<Unit> { new(1, "基准省", "City", null, "/1/") };
        var townCount = (options.Villages + VillagesPerTown - 1) / VillagesPerTown;
        var countyCount = (townCount + TownsPerCounty - 1) / TownsPerCounty;
        var counties = Enumerable.Range(0, countyCount).Select(c => Add(units, units[0], $"县{c + 1}", "County")).ToList();
        var towns = Enumerable.Range(0, townCount).Select(t => Add(units, counties[t % countyCount], $"镇{t + 1}", "Town")).ToList();
        for (var v = 0; v < options.Villages; v++) Add(units, towns[v % townCount], $"村{v + 1}", "Village");
        return units;
    }

    private static Unit Add(List<Unit> units, Unit parent, string name, string level)
    {
        var id = units.Count + 1;
        var unit = new Unit(id, name, level, parent.Id, parent.Path + id + "/");
        units.Add(unit);
        return unit;
    }

    /// <summary>Households visited per unit including its descendants, to check every measured figure.</summary>
    private static long[] RollUp(List<Unit> units, long[] own)
    {
        var total = (long[])own.Clone();
        foreach (var u in units.OrderByDescending(u => u.Level == "Village" ? 4 : u.Level == "Town" ? 3 : u.Level == "County" ? 2 : 1))
            if (u.ParentId is { } p) total[p] += total[u.Id];
        return total;
    }

    private static async Task ExecAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private sealed record Unit(int Id, string Name, string Level, int? ParentId, string Path);
}

/// <summary>What the generator made, and the expected 走访农户 per unit (including descendants).</summary>
public sealed class GeneratedData
{
    public int CampaignId { get; set; }
    public int Villages { get; set; }
    public int Participants { get; set; }
    public int Logs { get; set; }
    public long[] HouseholdsPerUnit { get; set; } = [];
    public int Village { get; set; }
    public int Town { get; set; }
    public int County { get; set; }
    public int Province { get; set; }
    public int VillageParticipant { get; set; }
    /// <summary>Time to build the field-log totals from the loaded logs (the load bypasses EF, so they are rebuilt once).</summary>
    public TimeSpan? TotalsBuild { get; set; }
    public int TotalsRows { get; set; }
}
