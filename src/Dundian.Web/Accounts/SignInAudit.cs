using Dundian.Core.Accounts;
using Dundian.Core.Auditing;
using Dundian.Core.Data;

namespace Dundian.Web.Accounts;

/// <summary>
/// Audit entries for sign-in attempts. The request is not yet authenticated then, so the
/// <see cref="IAuditActor"/> knows nobody: the entry names the account that was tried instead.
/// </summary>
public class SignInAudit(DundianDbContext db, IHttpContextAccessor accessor, TimeProvider clock)
{
    public async Task RecordAsync(string action, AppUser? user, string attemptedUserName, string? details = null,
        CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, Action = action,
            EntityType = nameof(AppUser), EntityKey = user?.Id,
            UserId = user?.Id,
            // Typed names of unknown accounts are cut short: the field may hold a mistyped password.
            UserName = user?.UserName ?? Truncate(attemptedUserName, 64),
            IpAddress = accessor.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Details = details,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
