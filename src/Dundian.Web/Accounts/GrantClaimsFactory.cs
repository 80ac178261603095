using System.Security.Claims;
using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Accounts;

/// <summary>Puts each grant into the cookie as a role claim and a role|path scope claim.</summary>
public class GrantClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, DundianDbContext db,
    TwoFactorPolicy twoFactor)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string DisplayNameClaim = "dundian:name";
    public const string MustChangePasswordClaim = "dundian:must-change-password";
    public const string MustEnrolTwoFactorClaim = "dundian:must-enrol-two-factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.MustChangePassword) identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        var grants = await db.RoleGrants.Where(g => g.UserId == user.Id)
            .Select(g => new { g.Role, g.OrgUnit!.Path }).ToListAsync();
        foreach (var role in grants.Select(g => g.Role).Distinct())
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        foreach (var g in grants)
            identity.AddClaim(new Claim(StaffScope.ClaimType, StaffScope.ToClaimValue(g.Role, g.Path)));
        if (!user.TwoFactorEnabled && twoFactor.IsRequiredFor(grants.Select(g => g.Role)))
            identity.AddClaim(new Claim(MustEnrolTwoFactorClaim, "true"));
        return identity;
    }
}
