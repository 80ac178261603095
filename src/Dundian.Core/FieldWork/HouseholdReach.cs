namespace Dundian.Core.FieldWork;

/// <summary>
/// Where a staff member meets the register: <see cref="ListPaths"/> (the org units of his field-work grants) decide
/// which households he sees at all; he sees one in full only under an office grant (<see cref="OfficePaths"/>) or
/// in a liaison village of his own group (<see cref="OwnVillageIds"/>), where he visits the families himself.
/// </summary>
public sealed record HouseholdReach(IReadOnlyList<string> ListPaths, IReadOnlyList<string> OfficePaths, IReadOnlyList<int> OwnVillageIds)
{
    public bool Full(int villageId, string villagePath) =>
        OwnVillageIds.Contains(villageId) || OfficePaths.Any(p => villagePath.StartsWith(p, StringComparison.Ordinal));
}
