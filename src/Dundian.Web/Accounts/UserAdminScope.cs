using Dundian.Core.Accounts;

namespace Dundian.Web.Accounts;

/// <summary>
/// Which accounts and org units a SystemAdmin may administer: those inside his own SystemAdmin scope.
/// Checked on every handler, because hidden links protect nothing.
/// </summary>
public static class UserAdminScope
{
    public static bool CoversUnit(this StaffScope scope, string orgPath) => scope.Covers(StaffRole.SystemAdmin, orgPath);

    /// <summary>
    /// An account is manageable when every grant it holds lies inside the admin's scope: a town admin must
    /// not disable or reset a county admin just because that admin also holds a role in his town.
    /// An account without grants can do nothing, so any SystemAdmin may take it over.
    /// </summary>
    public static bool CanManage(this StaffScope scope, IEnumerable<string> grantPaths) =>
        grantPaths.All(scope.CoversUnit);
}
