namespace Dundian.Documents;

/// <summary>
/// A data row read from a sheet: its row number as Excel shows it (the header is row 1), and its cells as trimmed
/// text keyed by header. A header missing from the sheet reads as null.
/// </summary>
public sealed record XlsxRow(int Number, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string header] => Cells.TryGetValue(header, out var v) ? v : null;

    public bool IsBlank => Cells.Values.All(string.IsNullOrWhiteSpace);
}
