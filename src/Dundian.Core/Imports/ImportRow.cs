namespace Dundian.Core.Imports;

/// <summary>One data row of an Excel import: its row number as Excel shows it and its cells as text keyed by header.</summary>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string header] => Cells.TryGetValue(header, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public bool IsBlank => Cells.Values.All(string.IsNullOrWhiteSpace);
}
