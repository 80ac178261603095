using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Imports;

/// <summary>
/// Finds the village a row names, within the importing user's scope. A name is enough when it is unique in the scope;
/// two villages of the same name (in different towns) are told apart as 「镇名/村名」, the form the templates'
/// drop-downs use for them. A village that exists but lies outside the scope is a row error of its own
/// (「不在您的管理范围内」), not a silent 「查无此村」. One query for all the names of a file.
/// </summary>
public sealed class ImportVillages
{
    public const char Separator = '/';
    private readonly List<Known> known;
    private readonly IReadOnlyList<string> scopePaths;
    private readonly string? within;

    private ImportVillages(List<Known> known, IReadOnlyList<string> scopePaths, string? within) =>
        (this.known, this.scopePaths, this.within) = (known, scopePaths, within);

    private sealed record Known(OrgUnit Village, string? Town);

    /// <param name="within">A unit (a campaign's) whose villages win when a name is not unique in the scope — the
    /// template's labels are made among those villages only.</param>
    public static async Task<ImportVillages> LoadAsync(DundianDbContext db, IEnumerable<string?> cells, IReadOnlyList<string> scopePaths,
        CancellationToken ct, string? within = null)
    {
        var names = cells.OfType<string>().Select(c => c.Split(Separator)[^1].Trim()).Distinct().ToList();
        var rows = await db.OrgUnits.AsNoTracking().Where(u => u.Level == OrgLevel.Village && names.Contains(u.Name))
            .Select(u => new { Village = u, Town = u.Parent!.Name }).ToListAsync(ct);
        return new ImportVillages(rows.Select(r => new Known(r.Village, r.Town)).ToList(), scopePaths, within);
    }

    /// <summary>The drop-down labels of the villages under <paramref name="scopePaths"/> (optionally only those under
    /// <paramref name="within"/>), in tree order.</summary>
    public static async Task<List<string>> LabelsAsync(DundianDbContext db, IReadOnlyList<string> scopePaths, string? within, CancellationToken ct)
    {
        var q = db.OrgUnits.AsNoTracking().Where(u => u.Level == OrgLevel.Village && u.ValidTo == null)
            .Where(QueryPredicates.StartsWithAny<OrgUnit>(u => u.Path, scopePaths));
        if (within is not null) q = q.Where(u => u.Path.StartsWith(within));
        var villages = await q.OrderBy(u => u.Path).Select(u => new { u.Name, Town = u.Parent!.Name }).ToListAsync(ct);
        var twice = villages.GroupBy(v => v.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return villages.Select(v => twice.Contains(v.Name) ? v.Town + Separator + v.Name : v.Name).ToList();
    }

    /// <summary>The village the cell names inside the scope, or null with the row's problem added.</summary>
    public OrgUnit? Find(RowReader row, string header)
    {
        var text = row[header];
        if (text is null) { row.Problem($"{header}为空。"); return null; }
        var parts = text.Split(Separator);
        var name = parts[^1].Trim();
        var town = parts.Length > 1 ? parts[0].Trim() : null;
        var named = known.Where(k => k.Village.Name == name && (town is null || k.Town == town)).ToList();
        var mine = named.Where(k => scopePaths.Any(p => k.Village.Path.StartsWith(p, StringComparison.Ordinal))).ToList();
        if (mine.Count > 1 && within is not null && mine.Count(k => k.Village.Path.StartsWith(within, StringComparison.Ordinal)) is > 0)
            mine = mine.Where(k => k.Village.Path.StartsWith(within, StringComparison.Ordinal)).ToList();
        if (mine.Count == 1) return mine[0].Village;
        if (mine.Count > 1)
        {
            // Prefer the one not retired: after 撤村并居 a new village may carry an old name.
            var current = mine.Where(k => k.Village.ValidTo is null).ToList();
            if (current.Count == 1) return current[0].Village;
            row.Problem($"您的管理范围内有多个“{name}”,请按“镇名{Separator}村名”填写(如“{mine[0].Town}{Separator}{name}”)。");
            return null;
        }
        row.Problem(named.Count > 0 ? $"“{text}”不在您的管理范围内。" : $"没有名为“{text}”的村(社区)。");
        return null;
    }
}
