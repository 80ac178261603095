using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Org;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.OrgUnits;

/// <summary>
/// 组织机构 tree: the units under the user's grants, opened one level at a time (a province has tens of thousands of
/// villages, so the page never draws the whole tree), and a search by name or division code over the same scope.
/// </summary>
public class IndexModel(DundianDbContext db) : PageModel
{
    private const int SearchLimit = 100;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool Retired { get; set; }
    public List<TreeNode> Roots { get; private set; } = [];
    public List<(OrgUnit Unit, string Trail)> Found { get; private set; } = [];
    public bool Truncated { get; private set; }

    /// <summary>A unit and, when it lies on the way to the opened unit, its children.</summary>
    public sealed record TreeNode(OrgUnit Unit, int ChildCount, List<TreeNode>? Children);

    public async Task<IActionResult> OnGetAsync([FromQuery] int? open, CancellationToken ct)
    {
        var scope = User.Scope();
        if (!OrgUnitAccess.MayUse(scope)) return Forbid();
        var grants = scope.PathsFor(OrgUnitAccess.Roles);
        var roots = await db.OrgUnits.AsNoTracking().Where(u => grants.Contains(u.Path)).ToListAsync(ct);
        roots = roots.Where(r => !roots.Any(o => o.Id != r.Id && o.Covers(r))).OrderBy(r => r.Path).ToList();

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var hits = await db.OrgUnits.AsNoTracking()
                .Where(u => (u.Name.Contains(q) || (u.DivisionCode != null && u.DivisionCode.StartsWith(q))) && (Retired || u.ValidTo == null))
                .OrderBy(u => u.Path.Length).ThenBy(u => u.Path).Take(SearchLimit * 5).ToListAsync(ct);
            var inScope = hits.Where(h => roots.Any(r => r.Covers(h))).ToList();
            Truncated = inScope.Count > SearchLimit;
            var trails = await TrailsAsync(inScope.Take(SearchLimit).ToList(), ct);
            Found = inScope.Take(SearchLimit).Select(u => (u, trails[u.Id])).ToList();
            return Page();
        }

        var opened = open is { } id ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) : null;
        var openPath = opened is not null && roots.Any(r => r.Covers(opened)) ? opened.Path : null;
        foreach (var root in roots) Roots.Add(await NodeAsync(root, openPath ?? root.Path, ct));
        return Page();
    }

    /// <summary>Builds the node; children are loaded along the path to the opened unit and one level below it.</summary>
    private async Task<TreeNode> NodeAsync(OrgUnit unit, string openPath, CancellationToken ct)
    {
        var children = await db.OrgUnits.AsNoTracking().Where(c => c.ParentId == unit.Id && (Retired || c.ValidTo == null))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var counts = await db.OrgUnits.AsNoTracking().Where(c => c.Parent!.ParentId == unit.Id && (Retired || c.ValidTo == null))
            .GroupBy(c => c.ParentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count, ct);
        if (!openPath.StartsWith(unit.Path, StringComparison.Ordinal)) return new TreeNode(unit, children.Count, null);
        var nodes = new List<TreeNode>();
        foreach (var c in children)
            nodes.Add(openPath.StartsWith(c.Path, StringComparison.Ordinal)
                ? await NodeAsync(c, openPath, ct)
                : new TreeNode(c, counts.GetValueOrDefault(c.Id), null));
        return new TreeNode(unit, children.Count, nodes);
    }

    /// <summary>"宁波市 › 象山县 › 石浦镇" for each unit, from one query over the ancestors' ids in the paths.</summary>
    private async Task<Dictionary<int, string>> TrailsAsync(List<OrgUnit> units, CancellationToken ct)
    {
        var ids = units.SelectMany(u => u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return units.ToDictionary(u => u.Id, u => string.Join(" › ",
            u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).SkipLast(1).Select(i => names[i])));
    }
}
