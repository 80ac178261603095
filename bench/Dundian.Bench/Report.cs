using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Dundian.Bench;

/// <summary>Appends one run's section to bench/results/&lt;date&gt;-&lt;provider&gt;.md (machine header on first write) and the SQL log beside it.</summary>
public sealed class Report(BenchOptions options)
{
    /// <summary>Appends the import run (<see cref="ImportBench"/>) to results/&lt;date&gt;-&lt;provider&gt;-import.md.</summary>
    public async Task<string> WriteImportAsync(string version, GeneratedData data, List<ImportBench.FileResult> files)
    {
        Directory.CreateDirectory(options.ResultsDirectory);
        var path = Path.Combine(options.ResultsDirectory, $"{DateTime.UtcNow:yyyy-MM-dd}-{options.Provider}-import.md");
        var s = new StringBuilder();
        s.AppendLine($"## {options.Label} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine();
        s.AppendLine($"Machine: {CpuModel()}, `nproc` = {Environment.ProcessorCount}; {RuntimeInformation.OSDescription}; " +
                     $"{RuntimeInformation.FrameworkDescription}; {version}. Load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}").AppendLine();
        var rows = files.Sum(f => f.Rows);
        var seconds = files.Sum(f => f.Elapsed.TotalSeconds);
        s.AppendLine($"{rows:N0} field logs imported through `FieldLogImport` (the 「从 Excel 导入」 page's path: .xlsx → `XlsxReader` → " +
                     $"`FieldLogService` per row with the totals interceptor, one transaction per file of {ImportBench.RowsPerFile:N0} rows) " +
                     $"into a campaign of {data.Participants:N0} participants over {data.Villages:N0} villages already holding {data.Logs:N0} logs: " +
                     $"**{rows / seconds:N0} rows/s** overall ({seconds:0.0} s).").AppendLine();
        s.AppendLine("| file | rows | created (rest equal to a generated stay) | seconds | rows/s | peak working set MB | managed heap MB |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < files.Count; i++)
        {
            var f = files[i];
            s.AppendLine($"| {i + 1} | {f.Rows:N0} | {f.Created:N0} | {f.Elapsed.TotalSeconds:0.0} | {f.Rows / f.Elapsed.TotalSeconds:N0} | " +
                         $"{f.WorkingSetBytes / 1048576.0:0} | {f.ManagedBytes / 1048576.0:0} |");
        }
        s.AppendLine();
        await File.AppendAllTextAsync(path, s.ToString());
        Console.WriteLine(s.ToString());
        return path;
    }

    public async Task<string> WriteAsync(string version, GeneratedData data, TimeSpan? schema, TimeSpan? generation,
        List<LevelResult> levels, LagResult lag, List<string> sql)
    {
        Directory.CreateDirectory(options.ResultsDirectory);
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var path = Path.Combine(options.ResultsDirectory, $"{date}-{options.Provider}.md");
        var s = new StringBuilder();
        if (!File.Exists(path))
        {
            s.AppendLine($"# Dashboard roll-up benchmark — {options.Provider}, {date}").AppendLine();
            s.AppendLine("Machine (shared: other engineers' builds were running on the same 2 cores during these runs):").AppendLine();
            s.AppendLine($"- CPU: {CpuModel()}, `nproc` = {Environment.ProcessorCount}");
            s.AppendLine($"- memory (`free -h`):").AppendLine().AppendLine("```").AppendLine(Run("free", "-h").TrimEnd()).AppendLine("```");
            s.AppendLine($"- OS: {RuntimeInformation.OSDescription}; runtime: {RuntimeInformation.FrameworkDescription}");
            s.AppendLine($"- database: {version}").AppendLine();
        }
        s.AppendLine($"## {options.Label} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine();
        if (options.Period is { } period) s.AppendLine($"Period filter: {period} ({options.From:yyyy-MM-dd} – {options.To:yyyy-MM-dd}), read from the monthly totals.").AppendLine();
        s.AppendLine($"Load average at the end of the run: {File.ReadAllText("/proc/loadavg").Trim()}").AppendLine();
        s.AppendLine($"Data: {data.Logs:N0} field logs, {data.Villages:N0} villages, {data.Participants:N0} participants, 1 campaign.");
        if (generation is { } g)
            s.AppendLine($"Schema (real migrations): {schema!.Value.TotalSeconds:0.0} s; generation + ANALYZE: {g.TotalSeconds:0.0} s " +
                         $"({data.Logs / g.TotalSeconds:N0} logs/s).");
        else s.AppendLine("Data reused from the previous run (--reuse).");
        if (data.TotalsBuild is { } tb)
            s.AppendLine($"Field-log totals built from the loaded logs (FieldLogTotalsWriter.RebuildAsync): {data.TotalsRows:N0} rows in {tb.TotalSeconds:0.0} s.");
        s.AppendLine(options.Period is null
            ? "Every level's field-log figures (stationed days and the nine sums) were checked equal to the from-records computation."
            : "Every level's 走访农户 and stationed days for the period were checked equal to a SUM and a union of the stays computed straight from the logs.");
        s.AppendLine().AppendLine("`StatisticsService.ComputeAsync(new IndicatorFilter { CampaignId, OrgUnitId })`, fresh DbContext per call:").AppendLine();
        s.AppendLine("| level | org unit | calls | p50 ms | p95 ms | max ms | SQL commands per call | 走访农户 (checked) |");
        s.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in levels)
            s.AppendLine($"| {r.Level} | {r.UnitId} | {r.Iterations} | {r.P50:0.0} | {r.P95:0.0} | {r.Max:0.0} | {r.Queries} | {r.Households:0} |");
        s.AppendLine().AppendLine($"No lag: one stay with {lag.Logged} households recorded through FieldLogService ({lag.WriteMs:0} ms), " +
            $"then read at once: village {lag.VillageBefore:0} → {lag.VillageAfter:0} ({lag.VillageReadMs:0} ms), " +
            $"province {lag.ProvinceBefore:0} → {lag.ProvinceAfter:0} ({lag.ProvinceReadMs:0} ms). The stay was deleted afterwards.").AppendLine();
        await File.AppendAllTextAsync(path, s.ToString());
        var sqlPath = Path.Combine(options.ResultsDirectory, $"{date}-{options.Provider}-sql.log");
        await File.WriteAllLinesAsync(sqlPath, sql);
        Console.WriteLine(s.ToString());
        return path;
    }

    private static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown";

    private static string Run(string file, string args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true })!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return text;
        }
        catch (Exception e) { return e.Message; }
    }
}
