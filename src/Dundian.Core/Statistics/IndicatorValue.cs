namespace Dundian.Core.Statistics;

/// <summary>
/// One computed figure. <see cref="Value"/> is in the base unit (元 for money); <see cref="DisplayValue"/>
/// and <see cref="DisplayUnit"/> are how the seed prints it (6.5 万元).
/// </summary>
public sealed record IndicatorValue(string Key, string Label, decimal Value, string Unit, string DisplayValue, string DisplayUnit)
{
    public string Text => $"{Label}{DisplayValue}{DisplayUnit}";
}
