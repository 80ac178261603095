using System.Diagnostics;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Imports;
using Dundian.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Bench;

/// <summary>
/// Import throughput (issue 12): <c>--import N</c> files N field logs the way the 「从 Excel 导入」 page does — template-
/// shaped .xlsx workbooks of <see cref="RowsPerFile"/> rows each (a typical office upload, well inside
/// <see cref="XlsxLimits.Default"/>), read back with <see cref="XlsxReader"/>, imported by <see cref="FieldLogImport"/>
/// (every row through <c>FieldLogService</c> and the totals interceptor, one transaction per file) — by a campaign office
/// over the whole province. Each participant's stays are one day, two days apart, so no row repeats another.
/// Reports rows/s and the process's peak working set and managed heap, which must stay flat from file to file.
/// </summary>
public static class ImportBench
{
    public const int RowsPerFile = 10_000;
    private const int PeoplePerGroup = 5;

    public sealed record FileResult(int Rows, int Created, TimeSpan Elapsed, long WorkingSetBytes, long ManagedBytes);

    public static async Task<List<FileResult>> RunAsync(BenchDatabase database, GeneratedData data, int total, int towns)
    {
        await using var services = new ServiceCollection().AddDundianCore(database.Options).BuildServiceProvider();
        var office = new StaffActor("bench-office", new StaffScope([(StaffRole.CampaignOffice, "/1/")]));
        var results = new List<FileResult>();
        for (var first = 0; first < total; first += RowsPerFile)
        {
            var count = Math.Min(RowsPerFile, total - first);
            var workbook = XlsxWriter.ToBytes(new XlsxSheet("蹲点日志", FieldLogSheet.Headers, Rows(first, count, data.Participants, towns)));
            var clock = Stopwatch.StartNew();
            var rows = XlsxReader.Read(new MemoryStream(workbook), "蹲点日志.xlsx");
            await using var scope = services.CreateAsyncScope();
            var import = scope.ServiceProvider.GetRequiredService<FieldLogImport>();
            var result = await import.ImportAsync(office, data.CampaignId, rows.Select(r => new ImportRow(r.Number, r.Cells)).ToList());
            // A row equal to a generated stay (same person, village and days) is skipped as already present: rare, counted.
            if (!result.Succeeded || result.Created + result.AlreadyPresent != count)
                throw new InvalidOperationException($"import of rows {first + 1}–{first + count} failed: "
                    + string.Join(" / ", result.Problems.Take(5)) + $" (created {result.Created})");
            clock.Stop();
            using var process = Process.GetCurrentProcess();
            results.Add(new FileResult(count, result.Created, clock.Elapsed, process.PeakWorkingSet64, GC.GetTotalMemory(false)));
            Console.WriteLine($"[bench] import: rows {first + 1:N0}–{first + count:N0} in {clock.Elapsed.TotalSeconds:0.0} s "
                + $"({count / clock.Elapsed.TotalSeconds:N0} rows/s), peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB");
        }
        return results;
    }

    /// <summary>Row i: participant i mod P (names 干部n of the generator), a village of his group's town, a one-day stay.</summary>
    private static IEnumerable<IReadOnlyList<object?>> Rows(int first, int count, int participants, int towns)
    {
        for (var i = first; i < first + count; i++)
        {
            var person = i % participants + 1;
            var group = (person - 1) / PeoplePerGroup + 1;
            var round = i / participants;
            // The generator's village v lies in town (v - 1) mod towns + 1, and town g hosts group g.
            var village = group + towns * (round % 8);
            var day = Generator.CampaignStart.AddDays(round * 2);
            yield return
            [
                day.ToString("yyyy-MM-dd"), day.ToString("yyyy-MM-dd"), 1, $"干部{person}", $"第{group}调研组", $"村{village}",
                i % 11, i % 2, i % 21, i % 6, i % 3, i % 3 * 300, i % 2, i % 11, i % 3, null, null,
            ];
        }
    }
}
