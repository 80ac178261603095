using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Org;

/// <summary>
/// Imports administrative divisions from the national statistical division-code table (统计用区划代码, 名称,
/// 城乡分类代码). A row's parent follows from its code: it must be in the tree already or on an earlier row of the
/// same file, so a file for one county of 宁波市 attaches under the demo's 宁波市 (330200000000). Every row is
/// checked first and all problems are reported by row; only a clean file is written, in one transaction.
/// A code already in the tree is matched, not added again: a changed name or 城乡分类代码 is corrected, an
/// identical row changes nothing — importing the same file twice is harmless.
/// </summary>
public class DivisionImport(DundianDbContext db)
{
    /// <summary>A province's table is some 30,000 rows; a whole country's would be an unreasonable single upload.</summary>
    public const int MaxRows = 100_000;

    /// <param name="mayWriteUnder">Asked with the path of the existing unit a new unit will hang under (for a
    /// correction: the path of the corrected unit's parent; "/" above the top); false refuses the row. Null: anything.</param>
    public async Task<DivisionImportResult> ImportAsync(IReadOnlyList<DivisionRow> rows, DateOnly validFrom,
        Func<string, bool>? mayWriteUnder = null, CancellationToken ct = default)
    {
        var data = rows.Where(r => !r.IsBlank).ToList();
        if (data.Count == 0) return DivisionImportResult.Failed(["文件中没有任何区划数据行。"]);
        if (data.Count > MaxRows) return DivisionImportResult.Failed([$"一次最多导入 {MaxRows:N0} 行,本文件有 {data.Count:N0} 行,请分批导入。"]);

        var problems = new List<string>();
        var firstRow = new Dictionary<string, int>();
        var good = new List<(DivisionRow Row, string Code, string Name, string? RuralUrban, OrgLevel Level)>();
        foreach (var r in data)
        {
            var code = r.Code?.Trim() ?? "";
            var name = r.Name?.Trim() ?? "";
            var ru = string.IsNullOrWhiteSpace(r.RuralUrbanCode) ? null : r.RuralUrbanCode.Trim();
            var rowProblems = new List<string>();
            if (DivisionCode.Problem(code) is { } p) rowProblems.Add(p);
            else if (firstRow.TryGetValue(code, out var first)) rowProblems.Add($"代码 {code} 与第 {first} 行重复");
            if (name.Length == 0) rowProblems.Add("名称不能为空");
            else if (name.Length > 100) rowProblems.Add("名称不能超过 100 个字");
            var codeOk = rowProblems.Count == 0 || DivisionCode.Problem(code) is null;
            var level = codeOk ? DivisionCode.LevelOf(code) : OrgLevel.Village;
            if (ru is not null && codeOk)
            {
                if (level != OrgLevel.Village) rowProblems.Add($"城乡分类代码只填在村级(12 位末三位非零)行,{OrgUnit.LevelName(level)}不填");
                else if (ru.Length != 3 || !ru.All(char.IsAsciiDigit)) rowProblems.Add($"城乡分类代码“{ru}”应为 3 位数字");
            }
            if (codeOk) firstRow.TryAdd(code, r.Number);
            if (rowProblems.Count > 0) problems.Add($"第 {r.Number} 行:{string.Join(";", rowProblems)}。");
            else good.Add((r, code, name, ru, level));
        }

        var parentCodes = good.Select(g => DivisionCode.ParentOf(g.Code)).OfType<string>();
        var lookup = good.Select(g => g.Code).Concat(parentCodes).Distinct().ToList();
        var existing = await db.OrgUnits.Where(u => u.DivisionCode != null && lookup.Contains(u.DivisionCode))
            .ToDictionaryAsync(u => u.DivisionCode!, ct);

        var planned = new Dictionary<string, OrgUnit>();  // new units by code, in file order
        var anchors = new Dictionary<string, string>();   // code of a planned unit → path of its nearest existing ancestor
        int updated = 0, unchanged = 0;
        foreach (var (row, code, name, ru, level) in good)
        {
            var parentCode = DivisionCode.ParentOf(code);
            var inFile = parentCode is not null && firstRow.TryGetValue(parentCode, out var parentRow) ? parentRow : (int?)null;
            if (inFile > row.Number) { problems.Add($"第 {row.Number} 行:上级 {parentCode} 在第 {inFile} 行,须排在本行之前。"); continue; }

            if (existing.TryGetValue(code, out var unit))
            {
                if (unit.Level != level) { problems.Add($"第 {row.Number} 行:代码 {code} 已属于{OrgUnit.LevelName(unit.Level)}“{unit.Name}”,与代码表示的级别不符。"); continue; }
                if (inFile is not null && existing.TryGetValue(parentCode!, out var fileParent) && unit.ParentId != fileParent.Id)
                { problems.Add($"第 {row.Number} 行:“{unit.Name}”({code})已在别的上级之下,与文件不符;请在组织树中迁移后再导入。"); continue; }
                if (unit.Name == name && unit.RuralUrbanCode == ru) { unchanged++; continue; }
                if (mayWriteUnder is not null && !mayWriteUnder(ParentPath(unit.Path)))
                { problems.Add($"第 {row.Number} 行:无权修改“{unit.Name}”。"); continue; }
                unit.Name = name;
                unit.RuralUrbanCode = ru;
                updated++;
                continue;
            }

            OrgUnit? parent = null;
            string anchor = "/";
            if (parentCode is not null)
            {
                if (planned.TryGetValue(parentCode, out var newParent)) { parent = newParent; anchor = anchors[parentCode]; }
                else if (existing.TryGetValue(parentCode, out var oldParent))
                {
                    if (oldParent.IsRetired) { problems.Add($"第 {row.Number} 行:上级“{oldParent.Name}”({parentCode})已撤销。"); continue; }
                    if (oldParent.Level >= level) { problems.Add($"第 {row.Number} 行:上级“{oldParent.Name}”的级别不符。"); continue; }
                    parent = oldParent;
                    anchor = oldParent.Path;
                }
                else if (inFile is null)
                {
                    problems.Add($"第 {row.Number} 行:上级区划代码 {parentCode} 不存在;请先导入上级,或把上级放在同一文件中本行之前。");
                    continue;
                }
                else continue; // the parent's own row failed and is reported there
            }
            if (mayWriteUnder is not null && !mayWriteUnder(anchor))
            { problems.Add($"第 {row.Number} 行:无权在该上级之下新增单位。"); continue; }
            var created = new OrgUnit
            {
                Name = name, Level = level, DivisionCode = code, RuralUrbanCode = level == OrgLevel.Village ? ru : null,
                ValidFrom = validFrom, SortOrder = row.Number, Parent = parent,
            };
            planned[code] = created;
            anchors[code] = anchor;
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear(); // corrections noted on tracked units must not reach a later save
            return DivisionImportResult.Failed(problems);
        }
        if (planned.Count > 0 || updated > 0) await WriteAsync(planned.Values, updated, ct);
        return new DivisionImportResult([], planned.Count, updated, unchanged);
    }

    /// <summary>Adds the new units (parents first, as in the file) and sets their paths once their ids are known.</summary>
    private async Task WriteAsync(IReadOnlyCollection<OrgUnit> added, int updated, CancellationToken ct)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.OrgUnits.AddRange(added);
        await db.SaveChangesAsync(ct);
        foreach (var u in added) u.Path = (u.Parent?.Path ?? "/") + u.Id + "/";
        await db.SaveChangesAsync(ct);
        await db.AuditAsync("导入行政区划", nameof(OrgUnit), null, $"新增 {added.Count} 个,更正 {updated} 个", ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    private static string ParentPath(string path)
    {
        var cut = path.LastIndexOf('/', path.Length - 2);
        return cut <= 0 ? "/" : path[..(cut + 1)];
    }
}
