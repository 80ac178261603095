namespace Dundian.Documents;

/// <summary>
/// One worksheet whose rows arrive as they are read from the database (<see cref="XlsxWriter.WriteAsync"/>): the
/// writer holds one row at a time (and the first <see cref="XlsxWriter.WidthSampleRows"/> to size the columns), so an
/// export of a million rows needs no more memory than one of ten.
/// </summary>
public sealed record XlsxAsyncSheet(string Name, IReadOnlyList<string> Headers, IAsyncEnumerable<IReadOnlyList<object?>> Rows);
