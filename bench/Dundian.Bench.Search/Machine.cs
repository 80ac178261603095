using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dundian.Bench.Search;

/// <summary>What the figures were measured on: cores, memory, CPU, and the load average the other work put on it.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = Read("/proc/cpuinfo").Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            ?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memKb = Read("/proc/meminfo").Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            ?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var mem = long.TryParse(memKb, out var kb) ? $"{kb / 1024d / 1024d:0.0} GiB RAM" : "RAM unknown";
        return $"{Environment.ProcessorCount} cores (nproc), {cpu}, {mem}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, workstation GC";
    }

    /// <summary>The output of `uptime` (load average over 1/5/15 minutes); /proc/loadavg if the command is missing.</summary>
    public static string Uptime()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("uptime") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "loadavg " + Read("/proc/loadavg").Trim();
        }
    }

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
}
