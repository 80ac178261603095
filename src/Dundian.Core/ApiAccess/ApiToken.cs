using Dundian.Core.Accounts;
using Dundian.Core.Org;

namespace Dundian.Core.ApiAccess;

/// <summary>
/// A bearer token for the write API. Only the SHA-256 of the secret is stored: the secret is shown once when the
/// token is issued and cannot be read back (a stolen database does not give working tokens). <see cref="Prefix"/>,
/// the first characters of the secret, lets a person recognise which token a log line or a leak is about.
/// </summary>
public class ApiToken
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole secret; unique.</summary>
    public required string TokenHash { get; set; }
    public ApiTokenKind Kind { get; set; }
    /// <summary>The account a <see cref="ApiTokenKind.Person"/> token acts as.</summary>
    public string? UserId { get; set; }
    public AppUser? User { get; set; }
    /// <summary>The unit a <see cref="ApiTokenKind.System"/> token is bound to (it acts as that unit's campaign office).</summary>
    public int? OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>Space-separated <see cref="ApiScopes"/>.</summary>
    public required string Scopes { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedByUserId { get; set; }
    /// <summary>Updated at most once a minute, so a busy client does not turn every read into a write.</summary>
    public DateTime? LastUsedAt { get; set; }

    public bool Allows(string scope) => ApiScopes.Parse(Scopes).Contains(scope);

    public bool IsExpired(DateTime nowUtc) => ExpiresAt <= nowUtc;
    public bool IsActive(DateTime nowUtc) => RevokedAt is null && !IsExpired(nowUtc);

    /// <summary>Revoking is final (a new token is issued instead); revoking twice keeps the first time.</summary>
    public void Revoke(string? byUserId, DateTime nowUtc)
    {
        if (RevokedAt is not null) return;
        RevokedAt = nowUtc;
        RevokedByUserId = byUserId;
    }
}
