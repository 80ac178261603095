using System.Diagnostics;

namespace Dundian.Bench.Excel;

/// <summary>Working set and GC heap sampled while rows are written: the highest values and those at a few points, to
/// show whether memory grows with the number of rows.</summary>
public sealed class MemoryProbe
{
    private readonly Process process = Process.GetCurrentProcess();
    public long PeakWorkingSet { get; private set; }
    public long PeakHeap { get; private set; }
    public List<(int Rows, long WorkingSet, long Heap)> Points { get; } = [];

    public void Sample(int rows)
    {
        process.Refresh();
        var ws = process.WorkingSet64;
        var heap = GC.GetTotalMemory(false);
        PeakWorkingSet = Math.Max(PeakWorkingSet, ws);
        PeakHeap = Math.Max(PeakHeap, heap);
        if (rows is 10_000 or 100_000 or 250_000 or 500_000 or 750_000 || rows % 1_000_000 == 0) Points.Add((rows, ws, heap));
    }

    public long ProcessPeakWorkingSet
    {
        get { process.Refresh(); return process.PeakWorkingSet64; }
    }
}
