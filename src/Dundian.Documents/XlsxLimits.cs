namespace Dundian.Documents;

/// <summary>
/// How big an uploaded workbook may be, packed and unpacked. One set of limits for every import: an .xlsx is a zip,
/// and a 1 MB zip can unpack to a gigabyte, so the upload size alone protects nothing. The unpacked size, the rows and
/// the cells are checked while streaming through the package, before MiniExcel builds a single row.
/// </summary>
public sealed record XlsxLimits
{
    /// <summary>The limits every import uses (participants, and every import added later).</summary>
    public static XlsxLimits Default { get; } = new();

    /// <summary>2 MB holds tens of thousands of rows of a list typed by a person; anything larger is not such a list.</summary>
    public long MaxFileBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>All parts of the package together, unpacked. Real workbooks unpack to about ten times their size.</summary>
    public long MaxUnpackedBytes { get; init; } = 40 * 1024 * 1024;

    /// <summary>A workbook has a dozen parts; thousands of entries is a crafted file.</summary>
    public int MaxEntries { get; init; } = 500;

    /// <summary>Rows of the sheet, counted by the highest row number too: MiniExcel fills the gaps with blank rows.</summary>
    public int MaxRows { get; init; } = 50_000;

    /// <summary>Columns, by the highest column letter: MiniExcel gives every row a cell for every column up to it.</summary>
    public int MaxColumns { get; init; } = 100;

    /// <summary>Cells written in the sheet.</summary>
    public long MaxCells { get; init; } = 1_000_000;
}
