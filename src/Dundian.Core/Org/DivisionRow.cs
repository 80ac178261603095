namespace Dundian.Core.Org;

/// <summary>One row of a division file: its row number as the user sees it, and the three columns as text.</summary>
public sealed record DivisionRow(int Number, string? Code, string? Name, string? RuralUrbanCode)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(RuralUrbanCode);
}
