namespace Dundian.Web.Imports;

/// <summary>What the shared _ExcelImport partial shows: the outcome of the last post and the flash message; the form
/// posts back to the page's own URL.</summary>
public sealed record ExcelImportView(ExcelImport Import, string? Message);
