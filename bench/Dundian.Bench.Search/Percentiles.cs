namespace Dundian.Bench.Search;

/// <summary>p50 / p95 / max of a series of timings in milliseconds (nearest-rank percentiles).</summary>
public sealed record Percentiles(int Count, double P50, double P95, double Max)
{
    public static Percentiles Of(IReadOnlyCollection<double> ms)
    {
        if (ms.Count == 0) return new(0, 0, 0, 0);
        var sorted = ms.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, At(0.50), At(0.95), sorted[^1]);
    }
}
