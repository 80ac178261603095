using System.Diagnostics;

namespace Dundian.Bench.Search;

/// <summary>Samples the process's working set twice a second while the index is rebuilt.</summary>
public sealed class WorkingSetSampler : IDisposable
{
    private readonly Timer timer;
    private long peak;

    public WorkingSetSampler()
    {
        var process = Process.GetCurrentProcess();
        timer = new Timer(_ =>
        {
            process.Refresh();
            var ws = process.WorkingSet64;
            long seen;
            while (ws > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, ws, seen) != seen) { }
        }, null, 0, 500);
    }

    public long Peak => Interlocked.Read(ref peak);

    public void Dispose() => timer.Dispose();
}
