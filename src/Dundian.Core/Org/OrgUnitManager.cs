using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Org;

/// <summary>
/// Changes to the org tree, with history kept. A unit is never deleted: it is retired (ValidTo, the first day it no
/// longer exists). A merge (撤村并居) retires A and B on a date and starts C that day; a split retires A and starts
/// B and C. The retired units keep their row, path and records, so a roll-up over a town before, after or across
/// the date finds each record where it was made and the parts add up to the whole. Every rule throws a
/// <see cref="ValidationException"/> before anything is written; each change runs in one transaction.
/// Who may change which unit is the web layer's question (staff scope), asked before calling in here.
/// </summary>
public class OrgUnitManager(DundianDbContext db, OrgTree tree)
{
    public async Task<OrgUnit> CreateAsync(int parentId, string name, OrgLevel level, string? code, DateOnly validFrom,
        CancellationToken ct = default)
    {
        var parent = await LoadAsync(parentId, ct);
        if (parent.IsRetired) throw new ValidationException("ParentId", $"上级“{parent.Name}”已撤销,不能再设下级");
        if (level <= parent.Level)
            throw new ValidationException("Level", $"{OrgUnit.LevelName(level)}不能设在{OrgUnit.LevelName(parent.Level)}之下");
        if (validFrom < parent.ValidFrom) throw new ValidationException("ValidFrom", $"生效日期不能早于上级的生效日期 {parent.ValidFrom:yyyy-MM-dd}");
        var checkedName = CheckName(name);
        var checkedCode = await CheckCodeAsync(code, level, parent, null, ct);
        var order = await db.OrgUnits.Where(u => u.ParentId == parent.Id).MaxAsync(u => (int?)u.SortOrder, ct) ?? 0;
        return await tree.AddAsync(parent, checkedName, level, validFrom, checkedCode, order + 1, ct);
    }

    /// <summary>Corrects a unit's name or code. Names are not versioned: a renamed village is the same village.</summary>
    public async Task RenameAsync(int id, string name, string? code, CancellationToken ct = default)
    {
        var unit = await LoadAsync(id, ct);
        var parent = unit.ParentId is { } p ? await LoadAsync(p, ct) : null;
        unit.Name = CheckName(name);
        unit.DivisionCode = await CheckCodeAsync(code, unit.Level, parent, unit.Id, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Puts a unit (with its subtree) under another parent: a correction of where it belongs, so its records follow
    /// it and the roll-ups of the old and the new parent change accordingly. A change that takes effect on a date
    /// (a village handed to another town from 1 July) is a merge or split instead, which keeps the history.
    /// </summary>
    /// <param name="newCode">The unit's code under its new parent (a coded unit's code names its parent, so a move
    /// between coded parents needs one); null keeps the code, which must then fit the new parent.</param>
    public async Task MoveAsync(int id, int newParentId, string? newCode = null, CancellationToken ct = default)
    {
        var unit = await LoadAsync(id, ct);
        var parent = await LoadAsync(newParentId, ct);
        if (unit.ParentId == parent.Id) return;
        if (unit.ParentId is null) throw new ValidationException("ParentId", "最上级组织不能迁移");
        if (unit.Covers(parent)) throw new ValidationException("ParentId", "不能迁移到自身或其下级之下");
        if (parent.IsRetired) throw new ValidationException("ParentId", $"“{parent.Name}”已撤销,不能迁入");
        if (unit.Level <= parent.Level)
            throw new ValidationException("ParentId", $"{OrgUnit.LevelName(unit.Level)}不能设在{OrgUnit.LevelName(parent.Level)}之下");
        if (!string.IsNullOrWhiteSpace(newCode)) unit.DivisionCode = await CheckCodeAsync(newCode, unit.Level, parent, unit.Id, ct);
        else if (unit.DivisionCode is { } code && parent.DivisionCode is { } parentCode && DivisionCode.ParentOf(code) != parentCode)
            throw new ValidationException("Code", $"区划代码 {code} 不属于“{parent.Name}”({parentCode}),请填写在新上级之下的代码");

        await using var tx = await OwnTransactionAsync(ct);
        var oldPath = unit.Path;
        var newPath = parent.Path + unit.Id + "/";
        unit.ParentId = parent.Id;
        await db.SaveChangesAsync(ct); // the parent change itself is an audited row change
        await OrgPathRewriter.RewriteAsync(db, oldPath, newPath, ct);
        await db.AuditAsync("迁移组织", nameof(OrgUnit), unit.Id.ToString(), $"{oldPath} → {newPath}", ct);
        if (tx is not null) await tx.CommitAsync(ct);
        unit.Path = newPath;
        db.Entry(unit).Property(u => u.Path).IsModified = false;
    }

    /// <summary>撤销: the unit exists until the day before <paramref name="on"/>. Its valid children must go first.</summary>
    public async Task RetireAsync(int id, DateOnly on, CancellationToken ct = default)
    {
        var unit = await LoadAsync(id, ct);
        if (unit.ParentId is null) throw new ValidationException("ValidTo", "最上级组织不能撤销");
        if (await db.OrgUnits.AnyAsync(u => u.ParentId == unit.Id && (u.ValidTo == null || u.ValidTo > on), ct))
            throw new ValidationException("ValidTo", $"“{unit.Name}”在 {on:yyyy-MM-dd} 仍有下级单位,请先撤销、合并或迁出下级");
        await using var tx = await OwnTransactionAsync(ct);
        await EndAsync(unit, on, ct);
        await CloseLiaisonsAsync([unit.Id], on, null, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    /// <summary>
    /// 合并: the units end the day before <paramref name="on"/>, a new unit starts that day under
    /// <paramref name="parentId"/> (default: the first unit's parent). Groups stationed in a merged village go on in
    /// the new one from that day; its households move with their homes. Their children (a town's villages) move to
    /// the new unit and take their records along.
    /// </summary>
    public async Task<OrgUnit> MergeAsync(IReadOnlyList<int> ids, string name, string? code, DateOnly on, int? parentId = null,
        CancellationToken ct = default)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count < 2) throw new ValidationException("Ids", "合并至少需要选择两个单位");
        var units = new List<OrgUnit>();
        foreach (var id in distinct) units.Add(await LoadAsync(id, ct));
        if (units.Select(u => u.Level).Distinct().Count() > 1) throw new ValidationException("Ids", "只能合并同一级别的单位");
        var parent = await LoadAsync(parentId ?? units[0].ParentId ?? throw new ValidationException("Ids", "最上级组织不能合并"), ct);
        if (parent.IsRetired || !parent.IsValidOn(on)) throw new ValidationException("ParentId", $"上级“{parent.Name}”在 {on:yyyy-MM-dd} 不存在");
        var checkedName = CheckName(name);
        var checkedCode = await CheckCodeAsync(code, units[0].Level, parent, null, ct, retiring: units);

        await using var tx = await OwnTransactionAsync(ct);
        foreach (var u in units) await EndAsync(u, on, ct);
        var merged = await tree.AddAsync(parent, checkedName, units[0].Level, on, checkedCode,
            (await db.OrgUnits.Where(u => u.ParentId == parent.Id).MaxAsync(u => (int?)u.SortOrder, ct) ?? 0) + 1, ct);
        foreach (var u in units)
            db.OrgUnitSuccessions.Add(new OrgUnitSuccession { PredecessorId = u.Id, SuccessorId = merged.Id, On = on, Kind = SuccessionKind.Merge });
        await CloseLiaisonsAsync(distinct, on, merged.Id, ct);
        await db.Households.Where(h => distinct.Contains(h.VillageId)).ForEachAsync(h => h.VillageId = merged.Id, ct);
        await db.SaveChangesAsync(ct);
        foreach (var child in await db.OrgUnits.Where(c => c.ParentId != null && distinct.Contains(c.ParentId.Value)
                     && (c.ValidTo == null || c.ValidTo > on)).Select(c => c.Id).ToListAsync(ct))
            await MoveAsync(child, merged.Id, ct: ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return merged;
    }

    /// <summary>
    /// 拆分: the unit ends the day before <paramref name="on"/>; the parts start that day beside it. Groups stationed in
    /// it lose the assignment on that day (the office chooses their new village); its children stay until moved.
    /// </summary>
    public async Task<List<OrgUnit>> SplitAsync(int id, IReadOnlyList<(string Name, string? Code)> parts, DateOnly on,
        CancellationToken ct = default)
    {
        var unit = await LoadAsync(id, ct);
        if (parts.Count < 2) throw new ValidationException("Parts", "拆分至少需要两个新单位");
        var parent = await LoadAsync(unit.ParentId ?? throw new ValidationException("Parts", "最上级组织不能拆分"), ct);
        var names = parts.Select(p => CheckName(p.Name)).ToList();
        if (names.Distinct().Count() < names.Count) throw new ValidationException("Parts", "新单位名称不能重复");
        var codes = new List<string?>();
        foreach (var p in parts) codes.Add(await CheckCodeAsync(p.Code, unit.Level, parent, null, ct, retiring: [unit]));
        if (codes.OfType<string>().Distinct().Count() < codes.OfType<string>().Count()) throw new ValidationException("Parts", "新单位的区划代码不能重复");

        await using var tx = await OwnTransactionAsync(ct);
        await EndAsync(unit, on, ct);
        var order = await db.OrgUnits.Where(u => u.ParentId == parent.Id).MaxAsync(u => (int?)u.SortOrder, ct) ?? 0;
        var created = new List<OrgUnit>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = await tree.AddAsync(parent, names[i], unit.Level, on, codes[i], ++order, ct);
            db.OrgUnitSuccessions.Add(new OrgUnitSuccession { PredecessorId = unit.Id, SuccessorId = part.Id, On = on, Kind = SuccessionKind.Split });
            created.Add(part);
        }
        await CloseLiaisonsAsync([unit.Id], on, null, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return created;
    }

    /// <summary>A transaction of our own, or null inside the caller's (a merge moves the merged towns' villages).</summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> OwnTransactionAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    private async Task<OrgUnit> LoadAsync(int id, CancellationToken ct) =>
        await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new ValidationException("Id", "所选组织不存在");

    /// <summary>Retires the unit on <paramref name="on"/> after checking that no record of it falls on or after that day.</summary>
    private async Task EndAsync(OrgUnit unit, DateOnly on, CancellationToken ct)
    {
        if (unit.IsRetired) throw new ValidationException("Ids", $"“{unit.Name}”已于 {unit.ValidTo:yyyy-MM-dd} 撤销");
        if (on <= unit.ValidFrom) throw new ValidationException("On", $"日期须晚于“{unit.Name}”的生效日期 {unit.ValidFrom:yyyy-MM-dd}");
        var late = await db.FieldLogs.CountAsync(l => l.VillageId == unit.Id && l.EndDate >= on, ct);
        if (late > 0)
            throw new ValidationException("On", $"“{unit.Name}”有 {late} 条蹲点日志在 {on:yyyy-MM-dd} 当天或之后,请先改正日志或另选日期");
        if (await db.LiaisonVillages.AnyAsync(l => l.VillageId == unit.Id && l.FromDate >= on, ct))
            throw new ValidationException("On", $"“{unit.Name}”在 {on:yyyy-MM-dd} 之后才开始担任联系村,请先调整联系村安排");
        unit.ValidTo = on;
    }

    /// <summary>Assignments running on <paramref name="on"/> end the day before; with a successor they go on there.</summary>
    private async Task CloseLiaisonsAsync(IReadOnlyList<int> villageIds, DateOnly on, int? successorId, CancellationToken ct)
    {
        var running = await db.LiaisonVillages.Where(l => villageIds.Contains(l.VillageId) && (l.ToDate == null || l.ToDate >= on))
            .ToListAsync(ct);
        foreach (var byGroup in running.GroupBy(l => l.GroupId))
        {
            DateOnly? until = byGroup.Any(l => l.ToDate is null) ? null : byGroup.Max(l => l.ToDate);
            foreach (var l in byGroup) l.ToDate = on.AddDays(-1);
            if (successorId is { } s)
                db.LiaisonVillages.Add(new Campaigns.LiaisonVillage { GroupId = byGroup.Key, VillageId = s, FromDate = on, ToDate = until });
        }
    }

    private static string CheckName(string? name)
    {
        var n = name?.Trim() ?? "";
        if (n.Length == 0) throw new ValidationException("Name", "名称不能为空");
        if (n.Length > 100) throw new ValidationException("Name", "名称不能超过 100 个字");
        return n;
    }

    /// <summary>Null for no code; otherwise 12 digits, of the unit's level, under the parent's code, not used elsewhere.</summary>
    private async Task<string?> CheckCodeAsync(string? code, OrgLevel level, OrgUnit? parent, int? self, CancellationToken ct,
        IReadOnlyList<OrgUnit>? retiring = null)
    {
        var c = code?.Trim();
        if (string.IsNullOrEmpty(c)) return null;
        if (DivisionCode.Problem(c) is { } problem) throw new ValidationException("DivisionCode", problem);
        if (DivisionCode.LevelOf(c) != level)
            throw new ValidationException("DivisionCode", $"代码 {c} 是{OrgUnit.LevelName(DivisionCode.LevelOf(c))}的代码,与{OrgUnit.LevelName(level)}不符");
        if (parent?.DivisionCode is { } pc && DivisionCode.ParentOf(c) != pc)
            throw new ValidationException("DivisionCode", $"代码 {c} 不在上级“{parent.Name}”({pc})之下");
        var holder = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.DivisionCode == c && u.Id != self, ct);
        if (holder is not null)
            throw new ValidationException("DivisionCode", retiring?.Any(r => r.Id == holder.Id) == true
                ? $"代码 {c} 仍由被撤销的“{holder.Name}”保留(历史记录要用它),新单位请用新代码"
                : $"代码 {c} 已被“{holder.Name}”使用");
        return c;
    }
}
