namespace Dundian.Core.FieldWork;

/// <summary>The register form: the household and its head.</summary>
public sealed class HouseholdInput
{
    public int VillageId { get; set; }
    public string? HeadName { get; set; }
    public string? Phone { get; set; }
    public string? IdNumber { get; set; }
    public HardshipKind Kind { get; set; }
    public string? Situation { get; set; }
    public string? HelpGiven { get; set; }
}
