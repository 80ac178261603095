using System.Runtime.InteropServices;

namespace Dundian.Bench.Search;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)). A search runs on the caller's thread,
/// so this is its cost without the time spent waiting for a core — on a machine shared with other builds the wall clock
/// mixes both. NaN where the clock is missing (not Linux).
/// </summary>
public static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the struct is blittable and the project needs no unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double NowMs()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTimeId, out var t) != 0) return double.NaN;
        return t.Seconds * 1000d + t.Nanoseconds / 1_000_000d;
    }
}
