namespace Dundian.Core.Statistics;

/// <summary>
/// One record behind a figure: what it is (RecordType + RecordId, e.g. FieldLog 42), a readable title,
/// where and when, and its own contribution <see cref="Value"/> (base unit). The rows of a drill-down add
/// up to the figure.
/// </summary>
public sealed record DrillDownRow(string RecordType, long RecordId, string Title, string? Place, DateOnly? From, DateOnly? To, decimal Value);
