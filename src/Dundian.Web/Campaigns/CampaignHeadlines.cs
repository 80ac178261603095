using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Campaigns;

/// <summary>
/// Live headline figures of the running campaign for other pages (the home page's 专题 strip): the campaign whose
/// period contains today (China time), else the one that started last. A handful of figures from the totals, and the
/// page being rendered is tagged with the campaign, so a cached home page is evicted by the same writes as the campaign
/// page and never shows an old figure.
/// </summary>
public class CampaignHeadlines(DundianDbContext db, StatisticsService statistics, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>The figures shown, in catalogue order.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        IndicatorKeys.StationedDays, IndicatorKeys.HouseholdsVisited, IndicatorKeys.Talks,
        IndicatorKeys.ProblemsSolved, IndicatorKeys.PracticalProjects, IndicatorKeys.ProjectFunds,
    ];

    public async Task<CampaignHeadline?> RunningAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var campaign = await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.StartDate <= today && today <= c.EndDate).ThenByDescending(c => c.StartDate).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
        // Which campaign runs depends on the campaigns (a change evicts the lists, home included) and on the date.
        if (http.HttpContext is { } context) PortalCache.TagResponse(context, PortalCache.FiguresTag);
        if (campaign is null) return null;
        if (http.HttpContext is { } page) PortalCache.TagResponse(page, PortalCache.CampaignTag(campaign.Id));
        var figures = await statistics.ComputeAsync(new IndicatorFilter { CampaignId = campaign.Id }, Keys.ToList(), ct);
        return new CampaignHeadline(campaign.Id, campaign.Name, $"/topics/campaign/{campaign.Id}", figures);
    }
}
