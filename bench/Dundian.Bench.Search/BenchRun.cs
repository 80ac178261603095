namespace Dundian.Bench.Search;

/// <summary>Everything one run measured, for the report.</summary>
public sealed class BenchRun
{
    public int Docs { get; init; }
    public int Iterations { get; init; }
    public int Warmup { get; init; }
    public string? Label { get; init; }
    public DateTime StartedUtc { get; init; }
    public string Machine { get; init; } = "";
    public string UptimeBefore { get; init; } = "";
    public string UptimeAfter { get; set; } = "";
    public TimeSpan JiebaLoad { get; set; }
    public TimeSpan Generate { get; set; }
    public long BodyChars { get; set; }
    public TimeSpan Rebuild { get; set; }
    public TimeSpan RebuildCpu { get; set; }
    public long PeakWorkingSet { get; set; }
    public long IndexBytes { get; set; }
    public int IndexFiles { get; set; }
    public TimeSpan SearchWall { get; set; }
    public double SearchCpuPerQuery { get; set; }
    public List<QueryRun> Queries { get; } = [];
    public List<(string Name, Percentiles Figures)> Variants { get; } = [];
    public Percentiles Upsert { get; set; } = new(0, 0, 0, 0);
    public TimeSpan UpsertTotal { get; set; }
    public int Segments { get; set; }
}
