using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Imports;

/// <summary>
/// Writes a checked import in one transaction with one audit entry for the batch (「批量导入…」, with the counts)
/// beside the row-by-row entries the DbContext writes for every record. A refusal or failure while writing rolls the
/// whole batch back and empties the change tracker, so nothing of it is saved and no tracked entity is reused.
/// </summary>
public static class ImportBatch
{
    public static async Task<ImportResult> WriteAsync(DundianDbContext db, string action, string entityType, int created, int skipped,
        Func<Task> write, CancellationToken ct, string? summary = null)
    {
        if (created == 0) return new ImportResult(0, skipped, [], summary);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await write();
            await db.SaveChangesAsync(ct);
            await db.AuditAsync(action, entityType, null, (summary ?? $"新增 {created} 条") + $",已存在跳过 {skipped} 行", ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
        return new ImportResult(created, skipped, [], summary);
    }

    /// <summary>The rows with something in them (a sheet keeps blank rows between data).</summary>
    public static List<ImportRow> Filled(IReadOnlyList<ImportRow> rows) => rows.Where(r => !r.IsBlank).ToList();
}
