using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Dundian.Bench.Excel;

public static class Report
{
    public static string Markdown(int rows, TimeSpan elapsed, long size, MemoryProbe probe)
    {
        static string Mb(long b) => (b / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        var lines = new List<string>
        {
            $"## Excel export, {rows:N0} rows × 15 columns — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC",
            "",
            $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
            $"workstation GC; load average (1/5/15 min, running/total, last pid) at the end: `{load}`.",
            "",
            "| measure | value |",
            "|---|---|",
            $"| time | {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({(rows / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)} rows/s) |",
            $"| file size | {Mb(size)} |",
            $"| peak working set (process) | {Mb(probe.ProcessPeakWorkingSet)} |",
            $"| peak working set (sampled every 10,000 rows) | {Mb(probe.PeakWorkingSet)} |",
            $"| peak GC heap (sampled) | {Mb(probe.PeakHeap)} |",
            $"| allocated in total | {Mb(GC.GetTotalAllocatedBytes())} |",
            $"| GC collections gen0/1/2 | {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} |",
            "",
            "| rows written | working set | GC heap |",
            "|---:|---:|---:|",
        };
        lines.AddRange(probe.Points.Select(p => $"| {p.Rows:N0} | {Mb(p.WorkingSet)} | {Mb(p.Heap)} |"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
