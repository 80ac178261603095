using Dundian.Core.Org;

namespace Dundian.Core.FieldWork;

/// <summary>
/// 困难户 / 民情台账 entry. Name and phone are personal data: pages outside the household's scope
/// must show them masked (王**, 138****1234).
/// </summary>
public class Household
{
    public int Id { get; set; }
    public int VillageId { get; set; }
    public OrgUnit? Village { get; set; }
    public required string HeadName { get; set; }
    public string? Phone { get; set; }
    public string? Situation { get; set; }
    public string? HelpGiven { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<HouseholdVisit> Visits { get; set; } = [];
}
