namespace Dundian.Core.Statistics;

/// <summary>
/// The registered indicators in registration order. When two share a key the later registration wins but
/// keeps the first one's place, so a module can replace e.g. 解决实际问题 without reordering the dashboard.
/// </summary>
public sealed class IndicatorCatalogue
{
    private readonly List<Indicator> ordered = [];

    public IndicatorCatalogue(IEnumerable<Indicator> indicators)
    {
        foreach (var indicator in indicators)
        {
            var at = ordered.FindIndex(i => i.Key == indicator.Key);
            if (at >= 0) ordered[at] = indicator;
            else ordered.Add(indicator);
        }
    }

    public IReadOnlyList<Indicator> All => ordered;

    public Indicator Get(string key) =>
        ordered.FirstOrDefault(i => i.Key == key) ?? throw new KeyNotFoundException($"No indicator '{key}'.");
}
