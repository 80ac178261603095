using System.Diagnostics;
using System.Globalization;
using Dundian.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var database = new BenchDatabase(options);
var generator = new Generator(options);
var report = new Report(options);

TimeSpan? generation = null, schema = null;
string version;
if (options.Reuse)
{
    Console.WriteLine($"[bench] --reuse: measuring the existing {options.Provider} database");
    await generator.RunAsync(null);
    await using var conn = await database.OpenForLoadAsync();
    version = await database.VersionAsync(conn);
}
else
{
    Console.WriteLine($"[bench] {options.Provider}: creating schema with the real migrations");
    var sw = Stopwatch.StartNew();
    await database.CreateAsync();
    schema = sw.Elapsed;
    Console.WriteLine($"[bench] generating {options.Logs:N0} field logs over {options.Villages:N0} villages");
    await using var conn = await database.OpenForLoadAsync();
    generation = await generator.RunAsync(conn);
    Console.WriteLine($"[bench] generated in {generation.Value.TotalSeconds:0.0} s; building the field-log totals");
    // COPY / raw INSERT bypass EF and so the totals' write path: build them once from the logs, as after any bulk load.
    sw.Restart();
    await using (var db = new Dundian.Core.Data.DundianDbContext(database.ContextOptions()))
        generator.Data.TotalsRows = await Dundian.Core.Statistics.Totals.FieldLogTotalsWriter.RebuildAsync(db);
    generator.Data.TotalsBuild = sw.Elapsed;
    Console.WriteLine($"[bench] {generator.Data.TotalsRows:N0} totals rows in {sw.Elapsed.TotalSeconds:0.0} s; analysing");
    sw.Restart();
    await database.AnalyzeAsync(conn);
    generation += sw.Elapsed;
    version = await database.VersionAsync(conn);
}

var data = generator.Data;
if (options.Import is { } importRows)
{
    var files = await ImportBench.RunAsync(database, data, importRows, towns: data.Villages / 8);
    Console.WriteLine($"[bench] results appended to {await report.WriteImportAsync(version, data, files)}");
    return;
}
var sqlLog = new List<string>();
var measurement = new Measurement(database, data, options.Iterations, options.From, options.To);
var levels = new List<LevelResult>();
foreach (var (level, id) in new[] { ("village", data.Village), ("town", data.Town), ("county", data.County), ("province", data.Province) })
{
    sqlLog.Add($"-- ===== {level} (org unit {id}) =====");
    var r = await measurement.LevelAsync(level, id, check: true, sqlLog.Add);
    Console.WriteLine($"[bench] {level,-8} p50 {r.P50,8:0.0} ms  p95 {r.P95,8:0.0} ms  max {r.Max,8:0.0} ms  (n={r.Iterations}, 走访农户 {r.Households})");
    levels.Add(r);
}
var lag = await measurement.NoLagAsync();
Console.WriteLine($"[bench] no lag: logged {lag.Logged} households; village {lag.VillageBefore}→{lag.VillageAfter}, province {lag.ProvinceBefore}→{lag.ProvinceAfter}");

var path = await report.WriteAsync(version, data, schema, generation, levels, lag, sqlLog);
Console.WriteLine($"[bench] results appended to {path}");
