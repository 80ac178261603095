using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns;

/// <summary>
/// The records behind one dashboard figure, under the same filter, with a total row. The total is the sum of the
/// listed rows, shown beside the figure itself, so anyone can see the two agree.
/// </summary>
public class IndicatorModel(DundianDbContext db, StatisticsService statistics) : PageModel
{
    public const int PageSize = 100;

    public Campaign Campaign { get; private set; } = null!;
    public FigureQuery Query { get; private set; } = new();
    public IndicatorValue Figure { get; private set; } = null!;
    /// <summary>Every record behind the figure; the page shows <see cref="PageRows"/> of them.</summary>
    public IReadOnlyList<DrillDownRow> Rows { get; private set; } = [];
    /// <summary>The sum of all rows (not just this page), so the total row always adds up to the figure.</summary>
    public decimal Total => Rows.Sum(r => r.Value);
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Rows.Count + PageSize - 1) / PageSize);
    /// <summary>Index of the first row of this page in <see cref="Rows"/> (for the 序号 column).</summary>
    public int FirstIndex => (PageNumber - 1) * PageSize;
    public IReadOnlyList<DrillDownRow> PageRows => Rows.Skip(FirstIndex).Take(PageSize).ToList();
    public decimal PageTotal => PageRows.Sum(r => r.Value);

    public async Task<IActionResult> OnGetAsync(int id, string key, [FromQuery] FigureQuery query,
        [FromQuery(Name = "page")] string? page = null, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || statistics.Catalogue.All.All(i => i.Key != key)) return NotFound();
        if (!User.Scope().MayReadFigures(campaign.OrgUnit!.Path)) return Forbid();
        Campaign = campaign;
        Query = ModelState.IsValid ? query : new();
        try
        {
            Figure = await statistics.ComputeAsync(key, Query.ToFilter(id), ct);
            Rows = await statistics.DrillDownAsync(key, Query.ToFilter(id), ct);
        }
        catch (ValidationException)
        {
            return BadRequest();
        }
        // A bad or out-of-range page number shows the nearest page rather than an error: it is only navigation.
        PageNumber = int.TryParse(page, out var n) ? Math.Clamp(n, 1, PageCount) : 1;
        return Page();
    }

    /// <summary>This drill-down at another page, keeping the dashboard's filter.</summary>
    public string PageUrl(int page)
    {
        var filter = Query.ToQueryString();
        var sep = filter.Length == 0 ? "?" : "&";
        return $"/manage/campaigns/{Campaign.Id}/indicators/{Figure.Key}{filter}" + (page > 1 ? $"{sep}page={page}" : "");
    }

    public string DashboardUrl => $"/manage/campaigns/{Campaign.Id}/dashboard{Query.ToQueryString()}";

    public static string RecordTypeName(string type) => Dundian.Web.Workspace.RecordTypes.Name(type);

    /// <summary>Every record behind the figure (not one page) with the total row, as .xlsx; same scope and filter.</summary>
    public async Task<IActionResult> OnGetExportAsync(int id, string key, [FromQuery] FigureQuery query, CancellationToken ct)
    {
        var page = await OnGetAsync(id, key, query, null, ct);
        if (page is not PageResult) return page;
        await db.AuditAsync("导出Excel", "Campaign", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{Figure.Label} 明细 {Rows.Count} 条 {Query.ToQueryString()}", ct);
        var sheet = Dundian.Web.Exports.FigureSheets.DrillDown(Figure, Rows, RecordTypeName);
        return new Dundian.Web.Exports.XlsxDownload($"{Campaign.Name}-{Figure.Label}明细.xlsx", sheet);
    }
}
