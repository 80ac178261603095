using System.Security.Claims;
using Dundian.Core.Accounts;

namespace Dundian.Web.Accounts;

public static class StaffScopeExtensions
{
    /// <summary>The org-unit scope of the signed-in user, read from the grant claims.</summary>
    public static StaffScope Scope(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
        ? new StaffScope(user.FindAll(StaffScope.ClaimType)
            .Select(c => StaffScope.FromClaimValue(c.Value)).OfType<(StaffRole, string)>())
        : StaffScope.None;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(GrantClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
