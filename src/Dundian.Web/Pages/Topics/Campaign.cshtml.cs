using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Pages.Topics;

/// <summary>
/// The campaign's public 专题 page: theme, period and its live figures, as the seed's 「据统计」 paragraph and a grid.
/// Only campaign-wide totals are shown — no names, no per-person or per-household figures (privacy rule).
/// </summary>
[AllowAnonymous]
public class CampaignModel(DundianDbContext db, StatisticsService statistics) : PageModel
{
    public Campaign Campaign { get; private set; } = null!;
    public string OrgUnitName { get; private set; } = "";
    public IReadOnlyList<IndicatorValue> Values { get; private set; } = [];
    public string Paragraph { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).Include(c => c.Activities)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return NotFound();
        Campaign = campaign;
        OrgUnitName = campaign.OrgUnit!.Name;
        Values = await statistics.ComputeAsync(new IndicatorFilter { CampaignId = id }, ct);
        Paragraph = StatisticsParagraph.Compose(Values);
        return Page();
    }
}
