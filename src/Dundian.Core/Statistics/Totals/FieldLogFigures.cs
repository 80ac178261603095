namespace Dundian.Core.Statistics.Totals;

/// <summary>The field-log figures of one filter: the sum of each count column (by its FieldLog name) and the stationed days.</summary>
public sealed record FieldLogFigures(IReadOnlyDictionary<string, long> Sums, long StationedDays);
