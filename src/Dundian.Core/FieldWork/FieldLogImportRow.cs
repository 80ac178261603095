namespace Dundian.Core.FieldWork;

/// <summary>One data row of a field-log import: its Excel row number and its cells as text keyed by header.</summary>
public sealed record FieldLogImportRow(int Number, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string header] => Cells.TryGetValue(header, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
