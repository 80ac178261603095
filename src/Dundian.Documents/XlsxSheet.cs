namespace Dundian.Documents;

/// <summary>
/// One worksheet to write: a name, a header row and data rows whose cells line up with the headers.
/// Cells are strings, numbers, booleans or dates (<see cref="DateOnly"/> and <see cref="DateTime"/> become real Excel
/// dates); null leaves the cell empty. <see cref="Rows"/> is enumerated once, while writing.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows);
