using System.Security.Claims;
using System.Text.Encodings.Web;
using Dundian.Core.Accounts;
using Dundian.Core.ApiAccess;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Api.Tokens;

/// <summary>
/// <c>Authorization: Bearer dd_…</c> for the write API only (the endpoints name this scheme; the rest of the site
/// keeps the cookie). A person token becomes that person's principal with his grants as they are now (read per
/// request, so a withdrawn grant or a disabled account stops the token at once); a system token becomes a principal
/// holding CampaignOffice on its bound unit. The name in the audit log says it came through a token.
/// A refusal is a Chinese ProblemDetails: 401 names what was wrong with the token.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiTokenService tokens, DundianDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenIdClaim = "dundian:api-token";
    public const string ScopeClaim = "dundian:api-scope";
    private const string FailureKey = "dundian:api-token-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = await tokens.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        var refused = token switch
        {
            null => "令牌无效。请检查 Authorization 头中的令牌是否完整。",
            { RevokedAt: not null } => "令牌已被吊销,请签发新的令牌。",
            _ when token.IsExpired(now) => "令牌已过期,请签发新的令牌。",
            { Kind: ApiTokenKind.Person, User: null or { IsDisabled: true } } => "令牌所属账号已停用。",
            { Kind: ApiTokenKind.Person } when token.User!.LockoutEnd > DateTimeOffset.UtcNow => "令牌所属账号已被锁定。",
            _ => null,
        };
        if (refused is not null)
        {
            Context.Items[FailureKey] = refused;
            return AuthenticateResult.Fail(refused);
        }
        await tokens.TouchAsync(token!, Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(await IdentityAsync(token!)), SchemeName));
    }

    private async Task<ClaimsIdentity> IdentityAsync(ApiToken token)
    {
        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var scope in ApiScopes.Parse(token.Scopes)) identity.AddClaim(new Claim(ScopeClaim, scope));
        if (token.Kind == ApiTokenKind.Person)
        {
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, token.UserId!));
            identity.AddClaim(new Claim(ClaimTypes.Name, $"{token.User!.UserName}(API令牌 {token.Prefix})"));
            var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == token.UserId)
                .Select(g => new { g.Role, g.OrgUnit!.Path }).ToListAsync(Context.RequestAborted);
            foreach (var g in grants) identity.AddClaim(new Claim(StaffScope.ClaimType, StaffScope.ToClaimValue(g.Role, g.Path)));
        }
        else
        {
            // Not an account id: it never equals a participant's account, so a system files as an office, never as "himself".
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, SystemUserId(token.Id)));
            identity.AddClaim(new Claim(ClaimTypes.Name, $"API:{token.Name}({token.Prefix})"));
            identity.AddClaim(new Claim(StaffScope.ClaimType, StaffScope.ToClaimValue(StaffRole.CampaignOffice, token.OrgUnit!.Path)));
        }
        return identity;
    }

    public static string SystemUserId(int tokenId) => "api-token:" + tokenId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = Context.Items[FailureKey] as string ?? "请在 Authorization 头中提供 Bearer 令牌(在后台“API 令牌”页面签发)。";
        await ApiProblems.Write(Context, StatusCodes.Status401Unauthorized, "未认证", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Write(Context, StatusCodes.Status403Forbidden, "无权访问", "该令牌无权执行此操作。");
}
