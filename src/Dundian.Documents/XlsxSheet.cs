namespace Dundian.Documents;

/// <summary>
/// One worksheet to write: a name, a header row and data rows whose cells line up with the headers.
/// Cells are strings, numbers or dates; null leaves the cell empty.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);
