using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dundian.Core.Data;

namespace Dundian.Core.Auditing;

/// <summary>
/// Saves a retire or delete together with a named audit entry carrying its reason, in one transaction: the row change
/// (audited by the DbContext, old → new) and the why are written together or not at all, and the field-log totals the
/// SaveChanges interceptor recomputes land in the same transaction, so figures move at once and exactly.
/// </summary>
public static class ReasonedChange
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task SaveWithReasonAsync(this DundianDbContext db, string action, string entityType, string entityKey,
        string reason, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.AuditAsync(action, entityType, entityKey, JsonSerializer.Serialize(new { 理由 = reason }, Json), ct);
        await tx.CommitAsync(ct);
    }
}
