using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dundian.Core.Org;

/// <summary>
/// Rewrites materialised paths after a unit moved: the unit's own path, its descendants' and every copy of them on
/// records (VillagePath on logs, writings, projects, plans; UnitPath, ScopePath …), so roll-ups follow the move.
/// The columns are found in the EF model — every string property whose name ends in "Path" — rather than listed
/// here, so a path column added by another feature is rewritten too; <see cref="Excluded"/> names the exceptions.
/// One parameterised UPDATE per column, inside the caller's transaction; the per-person field-log totals are then
/// recomputed (their span is a common ancestor, which a move can change, so a prefix swap would not be exact).
/// </summary>
public static class OrgPathRewriter
{
    /// <summary>Properties ending in "Path" that are not org paths, or that are recomputed instead of rewritten.</summary>
    public static readonly IReadOnlySet<string> Excluded = new HashSet<string>
    {
        "StoredFile.StoragePath", nameof(FieldLogTotal) + "." + nameof(FieldLogTotal.SpanPath),
    };

    /// <summary>(table, column) pairs holding org paths.</summary>
    public static IEnumerable<(string Table, string Column)> Columns(IModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table || entity.IsOwned()) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var p in entity.GetDeclaredProperties())
                if (p.ClrType == typeof(string) && p.Name.EndsWith("Path", StringComparison.Ordinal)
                    && !Excluded.Contains(entity.ClrType.Name + "." + p.Name) && p.GetColumnName(store) is { } column)
                    yield return (table, column);
        }
    }

    public static async Task<int> RewriteAsync(DundianDbContext db, string oldPrefix, string newPrefix, CancellationToken ct)
    {
        var rows = 0;
        foreach (var (table, column) in Columns(db.Model))
        {
            // Table and column names come from the model, never from input; the paths are parameters.
            var sql = $"UPDATE \"{table}\" SET \"{column}\" = {{0}} || substr(\"{column}\", {{1}}) WHERE \"{column}\" LIKE {{2}}";
            rows += await db.Database.ExecuteSqlRawAsync(sql, [newPrefix, oldPrefix.Length + 1, oldPrefix + "%"], ct);
        }
        var participants = await db.FieldLogs.Where(l => l.VillagePath.StartsWith(newPrefix))
            .Select(l => l.ParticipantId).Distinct().ToListAsync(ct);
        await FieldLogTotalsWriter.RecomputeAsync(db, participants, ct);
        return rows;
    }
}
