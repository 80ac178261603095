using Dundian.Core.Accounts;
using Dundian.Core.Org;

namespace Dundian.Web.Org;

/// <summary>
/// Who may change which part of the org tree. A SystemAdmin changes any unit his grant covers. A CampaignOffice
/// changes units strictly under its grant (a county office its towns and villages, not the county itself, which is
/// the city's to change): the rule is that the unit's parent must be covered. Creating under a unit needs that unit
/// covered. Reading the tree is for any office or admin, limited to their grants.
/// </summary>
public static class OrgUnitAccess
{
    public static readonly StaffRole[] Roles = [StaffRole.SystemAdmin, StaffRole.CampaignOffice];

    public static bool MayUse(StaffScope scope) => scope.PathsFor(Roles).Count > 0;

    /// <summary>May add a unit under <paramref name="parentPath"/> (or, for imports, under that existing unit).</summary>
    public static bool MayAddUnder(StaffScope scope, string parentPath) => scope.CoversAny(Roles, parentPath);

    /// <summary>May rename, move, retire, merge or split <paramref name="unit"/>.</summary>
    public static bool MayChange(StaffScope scope, OrgUnit unit) =>
        scope.Covers(StaffRole.SystemAdmin, unit.Path) || scope.CoversAny(Roles, ParentPath(unit.Path));

    public static string ParentPath(string path)
    {
        var cut = path.LastIndexOf('/', Math.Max(0, path.Length - 2));
        return cut <= 0 ? "/" : path[..(cut + 1)];
    }
}
