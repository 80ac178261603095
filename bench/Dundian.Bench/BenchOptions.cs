namespace Dundian.Bench;

/// <summary>Command line: --provider sqlite|postgres [--connection …] [--logs N] [--villages N] [--iterations N] [--label text] [--reuse] [--period 2025-04|2025-Q2] [--import N].</summary>
public sealed record BenchOptions
{
    public required string Provider { get; init; }
    /// <summary>SQLite: a file path or connection string; PostgreSQL: a server connection string (the bench creates its own database).</summary>
    public string? Connection { get; init; }
    public int Logs { get; init; } = 1_000_000;
    public int Villages { get; init; } = 10_000;
    public int Iterations { get; init; } = 50;
    /// <summary>Heading of this run's section in the results file, e.g. "before" / "after: one aggregate query".</summary>
    public string Label { get; init; } = "run";
    /// <summary>Measure an already generated database instead of generating again.</summary>
    public bool Reuse { get; init; }
    public string ResultsDirectory { get; init; } = "bench/results";
    /// <summary>--period 2025-04 (a month) or 2025-Q2 (a quarter): every roll-up is filtered to it (read from the monthly totals).</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Period { get; init; }
    /// <summary>--import N: instead of timing roll-ups, import N field logs from .xlsx files (<see cref="ImportBench"/>).</summary>
    public int? Import { get; init; }

    public bool IsPostgres => Provider == "postgres";

    public static BenchOptions Parse(string[] args)
    {
        var map = new Dictionary<string, string>();
        var flags = new HashSet<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i].TrimStart('-');
            if (key == "reuse") { flags.Add(key); continue; }
            if (i + 1 >= args.Length) throw new ArgumentException($"missing value for {args[i]}");
            map[key] = args[++i];
        }
        var provider = map.GetValueOrDefault("provider")?.ToLowerInvariant()
            ?? throw new ArgumentException("--provider sqlite|postgres is required");
        if (provider is not ("sqlite" or "postgres")) throw new ArgumentException("--provider must be sqlite or postgres");
        return new BenchOptions
        {
            Provider = provider,
            Connection = map.GetValueOrDefault("connection"),
            Logs = map.TryGetValue("logs", out var l) ? int.Parse(l) : 1_000_000,
            Villages = map.TryGetValue("villages", out var v) ? int.Parse(v) : 10_000,
            Iterations = map.TryGetValue("iterations", out var n) ? int.Parse(n) : 50,
            Label = map.GetValueOrDefault("label") ?? "run",
            Reuse = flags.Contains("reuse"),
            ResultsDirectory = map.GetValueOrDefault("results") ?? "bench/results",
            Period = map.GetValueOrDefault("period"),
            Import = map.TryGetValue("import", out var import) ? int.Parse(import) : null,
            From = map.TryGetValue("period", out var p) ? ParsePeriod(p).From : null,
            To = map.TryGetValue("period", out var q) ? ParsePeriod(q).To : null,
        };
    }

    private static (DateOnly From, DateOnly To) ParsePeriod(string text)
    {
        var parts = text.Split('-');
        var year = int.Parse(parts[0]);
        if (parts.Length == 2 && parts[1].StartsWith('Q'))
        {
            var from = new DateOnly(year, (int.Parse(parts[1][1..]) - 1) * 3 + 1, 1);
            return (from, from.AddMonths(3).AddDays(-1));
        }
        var month = new DateOnly(year, int.Parse(parts[1]), 1);
        return (month, month.AddMonths(1).AddDays(-1));
    }
}
