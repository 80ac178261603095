using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Org;

/// <summary>Adds units to the tree and answers subtree questions.</summary>
public class OrgTree(DundianDbContext db)
{
    /// <summary>
    /// Adds a unit under <paramref name="parent"/>. The path holds the new id, so the row is saved,
    /// then its path set, inside one transaction: a crash leaves no unit without a path.
    /// </summary>
    public async Task<OrgUnit> AddAsync(OrgUnit? parent, string name, OrgLevel level, DateOnly validFrom,
        string? divisionCode = null, int sortOrder = 0, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("名称不能为空", nameof(name));
        if (parent is not null && level <= parent.Level)
            throw new InvalidOperationException($"{OrgUnit.LevelName(level)}不能设在{OrgUnit.LevelName(parent.Level)}之下");

        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var tx = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
        var unit = new OrgUnit
        {
            Name = name.Trim(), Level = level, ParentId = parent?.Id, ValidFrom = validFrom,
            DivisionCode = divisionCode, SortOrder = sortOrder,
        };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return unit;
    }

    /// <summary>The unit and all its descendants (valid or not: history is kept).</summary>
    public IQueryable<OrgUnit> Subtree(string path) =>
        db.OrgUnits.Where(u => u.Path.StartsWith(path));

    /// <summary>Units (any level) under any of <paramref name="paths"/>, each once, shallow levels first.</summary>
    public async Task<List<OrgUnit>> UnderAsync(IEnumerable<string> paths, CancellationToken ct = default)
    {
        var units = new Dictionary<int, OrgUnit>();
        foreach (var path in paths)
            foreach (var u in await Subtree(path).AsNoTracking().ToListAsync(ct))
                units[u.Id] = u;
        return units.Values.OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.Id).ToList();
    }

    public Task<List<OrgUnit>> ChildrenAsync(int? parentId, CancellationToken ct = default) =>
        db.OrgUnits.Where(u => u.ParentId == parentId).OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync(ct);
}
