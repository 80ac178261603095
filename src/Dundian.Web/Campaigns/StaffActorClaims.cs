using System.Security.Claims;
using Dundian.Core.FieldWork;
using Dundian.Web.Accounts;

namespace Dundian.Web.Campaigns;

/// <summary>The signed-in person as the core services see him: account id and grants (read from the claims).</summary>
public static class StaffActorClaims
{
    public static StaffActor Actor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Scope());
}
