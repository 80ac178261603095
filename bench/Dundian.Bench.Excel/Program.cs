using System.Diagnostics;
using System.Globalization;
using Dundian.Bench.Excel;
using Dundian.Documents;

// Exports N rows (default 1,000,000) through XlsxWriter.WriteAsync — the path every 「导出Excel」 takes — into a stream
// that cannot seek and refuses synchronous writes (as a response body does), backed by a file; samples the working set
// and the GC heap every 10,000 rows; then reads the file back with the OpenXML SDK's SAX reader to count the rows.
var rows = Arg("--rows", 1_000_000);
var results = ArgText("--results", null) ?? "bench/results";
// --keep FILE leaves the workbook there (to open it in Excel, WPS or LibreOffice) and records no figures.
var keep = ArgText("--keep", null);
var file = keep ?? Path.Combine(Path.GetTempPath(), $"dundian-excel-bench-{Environment.ProcessId}.xlsx");
var probe = new MemoryProbe();
var clock = Stopwatch.StartNew();
await using (var target = File.Create(file))
{
    var sink = new ResponseLikeStream(target);
    await XlsxWriter.WriteAsync(sink, new XlsxAsyncSheet("民情诉求", SampleRows.Headers, SampleRows.Generate(rows, probe)));
}
clock.Stop();
var size = new FileInfo(file).Length;
var read = SheetCheck.CountRows(file);
if (keep is null) File.Delete(file);
if (read != rows + 1) throw new InvalidOperationException($"read back {read} rows, expected {rows + 1}");

var report = Report.Markdown(rows, clock.Elapsed, size, probe);
Console.WriteLine(report);
if (keep is not null) return;
Directory.CreateDirectory(results);
var path = Path.Combine(results, $"{DateTime.UtcNow:yyyy-MM-dd}-excel-export.md");
await File.AppendAllTextAsync(path, report + Environment.NewLine);
Console.WriteLine($"appended to {path}");

int Arg(string name, int fallback) => ArgText(name, null) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;
string? ArgText(string name, string? fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
