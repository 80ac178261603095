using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Web.Campaigns;
using Dundian.Web.Portal;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Api;

/// <summary>
/// The public campaign page's figures as JSON, for other sites and apps (no login: campaign-wide totals only, the same
/// figures and 「据统计」 sentence as <c>/topics/campaign/{id}</c>). Output-cached like that page and evicted with it.
/// </summary>
public static class PublicFiguresApi
{
    public record CampaignFiguresDocument(int Id, string Name, string Theme, string OrgUnit, DateOnly StartDate, DateOnly EndDate,
        string Paragraph, IReadOnlyList<IndicatorValue> Figures);

    public static RouteGroupBuilder MapPublicFigures(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{id:int}/figures", GetFigures).CacheAsCampaignFigures()
            .WithSummary("A campaign's live figures (totals only) and its 「据统计」 sentence, as on the public campaign page");
        return api;
    }

    private static async Task<Results<Ok<CampaignFiguresDocument>, ProblemHttpResult>> GetFigures(int id, DundianDbContext db,
        StatisticsService statistics, CancellationToken ct)
    {
        var c = await db.Campaigns.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Name, c.Theme, OrgUnit = c.OrgUnit!.Name, c.StartDate, c.EndDate }).FirstOrDefaultAsync(ct);
        if (c is null) return TypedResults.Problem($"活动 {id} 不存在。", statusCode: 404, title: "未找到");
        var values = await statistics.ComputeAsync(new IndicatorFilter { CampaignId = id }, ct);
        return TypedResults.Ok(new CampaignFiguresDocument(id, c.Name, c.Theme, c.OrgUnit, c.StartDate, c.EndDate,
            StatisticsParagraph.Compose(values), values));
    }
}
