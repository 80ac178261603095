using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dundian.Core.Auditing;

/// <summary>Turns tracked changes into <see cref="AuditEntry"/> rows.</summary>
internal static class AuditTrail
{
    // Secrets and bookkeeping columns that must never be copied into the audit log.
    private static readonly HashSet<string> Hidden =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail",
         "TokenHash", "ResponseBody"]; // API token hashes; idempotent answers (a concern's query code)

    // Chinese stays readable in the log instead of \uXXXX escapes; pages encode it on output anyway.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    internal sealed record Pending(EntityEntry Entry, string Action, string Details);

    public static List<Pending> Collect(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        return tracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new Pending(e, ActionOf(e.State), JsonSerializer.Serialize(Changes(e), Json)))
            .ToList();
    }

    public static IEnumerable<AuditEntry> Complete(List<Pending> pending, IAuditActor actor, DateTime at) =>
        pending.Select(p => new AuditEntry
        {
            At = at, Action = p.Action, Details = p.Details,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityKey = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => p.Entry.Property(k.Name).CurrentValue)),
            UserId = actor.UserId, UserName = actor.UserName, IpAddress = actor.IpAddress,
        });

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => "Insert",
        EntityState.Deleted => "Delete",
        _ => "Update",
    };

    private static Dictionary<string, object?> Changes(EntityEntry e)
    {
        // A user token's value is the authenticator secret or the recovery codes: never into the log.
        var props = e.Properties.Where(p => !Hidden.Contains(p.Metadata.Name)
            && !(e.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<string> && p.Metadata.Name == "Value"));
        return e.State switch
        {
            EntityState.Modified => props.Where(p => p.IsModified)
                .ToDictionary(p => p.Metadata.Name, p => (object?)new { from = p.OriginalValue, to = p.CurrentValue }),
            EntityState.Deleted => props.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue),
            _ => props.Where(p => !p.IsTemporary).ToDictionary(p => p.Metadata.Name, p => p.CurrentValue),
        };
    }
}
