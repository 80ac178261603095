namespace Dundian.Documents;

/// <summary>
/// A data-validation rule on one column of an import template: a drop-down of <see cref="Choices"/>, a whole
/// number or decimal that may not be negative, a date, or a date and time. Excel, WPS and LibreOffice show the drop-down and refuse
/// other input while typing; the import still checks every cell (a validation is a help, not a guarantee).
/// </summary>
public sealed record XlsxColumnRule(int Column, XlsxColumnKind Kind, IReadOnlyList<string>? Choices = null);

public enum XlsxColumnKind { List, WholeNotNegative, DecimalNotNegative, Date, DateTime }
