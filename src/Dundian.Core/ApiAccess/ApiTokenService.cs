using System.Security.Cryptography;
using System.Text;
using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.ApiAccess;

/// <summary>
/// Issues, finds and revokes API tokens. A person issues tokens for himself only; a system token (a platform bound to
/// an org unit) is issued by a SystemAdmin whose grant covers that unit. Each change saves through EF, so the
/// DbContext audits it (the hash is kept out of the audit log). Bad input throws <see cref="ValidationException"/>.
/// </summary>
public class ApiTokenService(DundianDbContext db, TimeProvider clock)
{
    public const string SecretStart = "dd_";
    public const int PrefixLength = 10, MaxExpiryDays = 366, IdempotencyHours = 24;

    /// <summary>What the issuer asks for. <see cref="OrgUnitId"/> makes it a system token.</summary>
    public sealed record Request(string Name, IReadOnlyList<string> Scopes, int ExpiresInDays, int? OrgUnitId = null);

    /// <summary>Stores a new token; returns it with the secret, which exists nowhere else afterwards.</summary>
    public async Task<(ApiToken Token, string Secret)> IssueAsync(StaffActor issuer, Request request, CancellationToken ct = default)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100) throw new ValidationException(nameof(request.Name), "请填写令牌名称(不超过 100 个字),如“象山县移动办公”。");
        var scopes = request.Scopes.Distinct().ToList();
        if (scopes.Count == 0) throw new ValidationException(nameof(request.Scopes), "请至少选择一项权限。");
        if (scopes.FirstOrDefault(s => !ApiScopes.IsKnown(s)) is { } unknown)
            throw new ValidationException(nameof(request.Scopes), $"未知的权限“{unknown}”。");
        if (request.ExpiresInDays is < 1 or > MaxExpiryDays)
            throw new ValidationException(nameof(request.ExpiresInDays), $"有效期须在 1 到 {MaxExpiryDays} 天之间。");

        var now = clock.GetUtcNow().UtcDateTime;
        var secret = SecretStart + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Name = name, Prefix = secret[..PrefixLength], TokenHash = Hash(secret),
            Scopes = string.Join(' ', ApiScopes.All.Select(s => s.Scope).Where(scopes.Contains)),
            CreatedAt = now, CreatedByUserId = issuer.UserId, ExpiresAt = now.AddDays(request.ExpiresInDays),
        };
        if (request.OrgUnitId is { } unitId)
        {
            var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == unitId, ct)
                ?? throw new ValidationException(nameof(request.OrgUnitId), "所选单位不存在。");
            if (!issuer.Scope.Covers(StaffRole.SystemAdmin, unit.Path))
                throw new ValidationException(nameof(request.OrgUnitId), "只有管辖该单位的系统管理员才能为外部系统签发令牌。");
            token.Kind = ApiTokenKind.System;
            token.OrgUnitId = unit.Id;
        }
        else
        {
            token.Kind = ApiTokenKind.Person;
            token.UserId = issuer.UserId;
        }
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    /// <summary>Tokens the actor may see and revoke: his own, and the system tokens of units under his SystemAdmin grants.</summary>
    public IQueryable<ApiToken> ManagedBy(StaffActor actor)
    {
        var userId = actor.UserId;
        var visible = QueryPredicates.Or(QueryPredicates.Never<ApiToken>(), t => t.UserId == userId);
        var adminPaths = actor.Scope.PathsFor(StaffRole.SystemAdmin).ToList();
        if (adminPaths.Count > 0)
            visible = QueryPredicates.Or(visible, QueryPredicates.StartsWithAny<ApiToken>(t => t.OrgUnit!.Path, adminPaths));
        return db.ApiTokens.Where(visible);
    }

    /// <summary>Revokes a token the actor manages; false when there is no such token (or it is not his to revoke).</summary>
    public async Task<bool> RevokeAsync(StaffActor actor, int id, CancellationToken ct = default)
    {
        var token = await ManagedBy(actor).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null) return false;
        token.Revoke(actor.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The stored token for a presented secret (any state: the caller tells expired from revoked), or null.</summary>
    public Task<ApiToken?> FindAsync(string secret, CancellationToken ct = default)
    {
        // Only well-formed secrets reach the database; the lookup is by hash, so timing tells nothing about a secret.
        if (!secret.StartsWith(SecretStart, StringComparison.Ordinal) || secret.Length > 100) return Task.FromResult<ApiToken?>(null);
        var hash = Hash(secret);
        return db.ApiTokens.AsNoTracking().Include(t => t.User).Include(t => t.OrgUnit).FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
    }

    /// <summary>Notes the use, at most once a minute per token. A bulk update: no audit entry for merely being used.</summary>
    public async Task TouchAsync(ApiToken token, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is { } last && now - last < TimeSpan.FromMinutes(1)) return;
        await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
