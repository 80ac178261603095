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
    public Campaign Campaign { get; private set; } = null!;
    public FigureQuery Query { get; private set; } = new();
    public IndicatorValue Figure { get; private set; } = null!;
    public IReadOnlyList<DrillDownRow> Rows { get; private set; } = [];
    public decimal Total => Rows.Sum(r => r.Value);

    public async Task<IActionResult> OnGetAsync(int id, string key, [FromQuery] FigureQuery query, CancellationToken ct = default)
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
        return Page();
    }

    public string DashboardUrl => $"/manage/campaigns/{Campaign.Id}/dashboard{Query.ToQueryString()}";

    public static string RecordTypeName(string type) => type switch
    {
        "FieldLog" => "蹲点日志", "Participant" => "参加人员", "FieldNote" => "蹲点手记", "ResearchReport" => "调研报告",
        "PracticalProject" => "实事项目", "DevelopmentPlan" => "发展计划", "ResearchGroup" => "调研组",
        "LiaisonVillage" => "联系村", "ResearchTopic" => "调研主题", _ => type,
    };
}
