namespace Dundian.Core.Statistics;

/// <summary>
/// One figure of the catalogue: how to sum it and how to list the records behind it, both from the same
/// filtered sources so that the list always adds up to the sum. A later module plugs in by registering its
/// own <see cref="Indicator"/> (a new key, or an existing key to replace the built-in one).
/// </summary>
public abstract class Indicator
{
    public abstract string Key { get; }
    /// <summary>Chinese label as the seed's 「据统计」 paragraph uses it, e.g. 走访农户.</summary>
    public abstract string Label { get; }
    /// <summary>Unit of <see cref="IndicatorValue.Value"/>, e.g. 户, 元.</summary>
    public abstract string Unit { get; }

    public abstract Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct);

    public abstract Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct);

    /// <summary>How the figure is printed; money indicators print 万元.</summary>
    public virtual (string Value, string Unit) Display(decimal value) => (value.ToString("0.##"), Unit);

    public IndicatorValue ToValue(decimal value)
    {
        var (text, unit) = Display(value);
        return new IndicatorValue(Key, Label, value, Unit, text, unit);
    }
}
