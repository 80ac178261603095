using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Org;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.OrgUnits;

/// <summary>
/// One unit: its place, codes, validity and history (merged from / into), and the changes the user may make —
/// add a child, rename, move, retire, merge with siblings, split. Every handler checks the scope again
/// (<see cref="OrgUnitAccess"/>) and leaves the rules to <see cref="OrgUnitManager"/>; row changes are audited by
/// the DbContext.
/// </summary>
public class UnitModel(DundianDbContext db, OrgUnitManager manager, TimeProvider clock) : StaffPageModel
{
    public OrgUnit Unit { get; private set; } = null!;
    public List<OrgUnit> Trail { get; private set; } = [];
    public List<OrgUnit> Children { get; private set; } = [];
    public List<(OrgUnitSuccession Link, OrgUnit Other)> Before { get; private set; } = [];
    public List<(OrgUnitSuccession Link, OrgUnit Other)> After { get; private set; } = [];
    public List<OrgUnit> Siblings { get; private set; } = [];
    public List<OrgUnit> Parents { get; private set; } = [];
    public bool MayChange { get; private set; }
    public bool MayAdd { get; private set; }
    public string? Form { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public OrgLevel ChildLevel { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty] public List<int> Others { get; set; } = [];
    [BindProperty] public string? Parts { get; set; }

    public DateOnly Today => DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ChildLevel = Unit.Level == OrgLevel.Village ? OrgLevel.Village : Unit.Level + 1;
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct) => RunAsync(id, "add", add: true, async () =>
    {
        var child = await manager.CreateAsync(id, Name ?? "", ChildLevel, Code, On ?? Today, ct);
        return ($"已新增“{child.Name}”。", child.Id);
    }, ct);

    public Task<IActionResult> OnPostRenameAsync(int id, CancellationToken ct) => RunAsync(id, "rename", add: false, async () =>
    {
        await manager.RenameAsync(id, Name ?? "", Code, ct);
        return ("已保存名称和代码。", id);
    }, ct);

    public Task<IActionResult> OnPostMoveAsync(int id, CancellationToken ct) => RunAsync(id, "move", add: false, async () =>
    {
        var target = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == ParentId, ct)
            ?? throw new ValidationException(nameof(ParentId), "请选择新的上级");
        if (!OrgUnitAccess.MayAddUnder(User.Scope(), target.Path)) throw new ValidationException(nameof(ParentId), "无权迁入该上级");
        await manager.MoveAsync(id, target.Id, Code, ct);
        return ($"已迁移到“{target.Name}”之下。", id);
    }, ct);

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) => RunAsync(id, "retire", add: false, async () =>
    {
        await manager.RetireAsync(id, On ?? throw new ValidationException(nameof(On), "请填写撤销日期"), ct);
        return ($"已撤销,自 {On:yyyy-MM-dd} 起不再有效。", id);
    }, ct);

    public Task<IActionResult> OnPostMergeAsync(int id, CancellationToken ct) => RunAsync(id, "merge", add: false, async () =>
    {
        var others = await db.OrgUnits.AsNoTracking().Where(u => Others.Contains(u.Id)).ToListAsync(ct);
        if (others.Count == 0) throw new ValidationException(nameof(Others), "请选择要一并合并的单位");
        if (others.Any(o => !OrgUnitAccess.MayChange(User.Scope(), o))) throw new ValidationException(nameof(Others), "无权合并所选单位");
        var merged = await manager.MergeAsync([id, .. others.Select(o => o.Id)], Name ?? "", Code,
            On ?? throw new ValidationException(nameof(On), "请填写合并日期"), null, ct);
        return ($"已合并为“{merged.Name}”,自 {On:yyyy-MM-dd} 起生效。", merged.Id);
    }, ct);

    public Task<IActionResult> OnPostSplitAsync(int id, CancellationToken ct) => RunAsync(id, "split", add: false, async () =>
    {
        var parts = (Parts ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split([',', ',', ' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(p => (p[0], p.Length > 1 ? p[1] : null)).ToList();
        var created = await manager.SplitAsync(id, parts, On ?? throw new ValidationException(nameof(On), "请填写拆分日期"), ct);
        return ($"已拆分为 {string.Join("、", created.Select(c => c.Name))},自 {On:yyyy-MM-dd} 起生效;原联系村安排已于前一日结束,请为调研组重新指定联系村。", id);
    }, ct);

    /// <summary>Loads and checks scope, runs the change, redirects with a message — or shows the rule's message and changes nothing.</summary>
    private async Task<IActionResult> RunAsync(int id, string form, bool add, Func<Task<(string Message, int Show)>> change, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (add ? !MayAdd : !MayChange) return Forbid();
        var show = id;
        return await ActAsync(async () =>
        {
            (var message, show) = await change();
            return message;
        }, () => $"/manage/org-units/{show}", async () =>
        {
            Form = form;
            await LoadAsync(id, ct);
        });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var scope = User.Scope();
        if (!OrgUnitAccess.MayUse(scope)) return Forbid();
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null) return NotFound();
        if (!scope.CoversAny(OrgUnitAccess.Roles, unit.Path)) return Forbid();
        Unit = unit;
        MayChange = OrgUnitAccess.MayChange(scope, unit);
        MayAdd = OrgUnitAccess.MayAddUnder(scope, unit.Path) && !unit.IsRetired;
        var ids = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        Trail = (await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct)).OrderBy(u => u.Path.Length).ToList();
        Children = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.ValidTo != null).ThenBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync(ct);
        Before = (await db.OrgUnitSuccessions.AsNoTracking().Include(s => s.Predecessor).Where(s => s.SuccessorId == id).ToListAsync(ct))
            .Select(s => (s, s.Predecessor!)).ToList();
        After = (await db.OrgUnitSuccessions.AsNoTracking().Include(s => s.Successor).Where(s => s.PredecessorId == id).ToListAsync(ct))
            .Select(s => (s, s.Successor!)).ToList();
        Siblings = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == unit.ParentId && u.Id != id && u.Level == unit.Level && u.ValidTo == null)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync(ct);
        if (MayChange && unit.ParentId is not null)
        {
            // Possible new parents: valid units one level up under the user's grants (a county office: its towns).
            var grants = scope.PathsFor(OrgUnitAccess.Roles);
            var candidates = await db.OrgUnits.AsNoTracking()
                .Where(u => u.Level == unit.Level - 1 && u.ValidTo == null && u.Id != unit.ParentId)
                .OrderBy(u => u.Path).Take(2000).ToListAsync(ct);
            Parents = candidates.Where(c => grants.Any(g => c.Path.StartsWith(g, StringComparison.Ordinal))).ToList();
        }
        return null;
    }
}
