using System.Security.Claims;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Dundian.Core.Campaigns;

namespace Dundian.Web.Api;

/// <summary>
/// The dashboard's data as JSON, for the charts and for other systems. Same services as the dashboard, so the
/// numbers are the same. Staff only: a missing login is 401 and a campaign outside the office's scope 403, both as
/// ProblemDetails (checked here rather than by the cookie handler, which would redirect to the login page).
/// </summary>
public static class CampaignApi
{
    public record CampaignSummary(int Id, string Name, string Theme, string Tier, string OrgUnit, DateOnly StartDate, DateOnly EndDate);
    public record DrillDown(IndicatorValue Figure, decimal Total, IReadOnlyList<DrillDownRow> Records);
    public record GroupFigures(int Id, string Name, string? Leader, IReadOnlyList<IndicatorValue> Values);

    public static IEndpointRouteBuilder MapCampaignApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns").WithTags("Campaigns");
        api.MapGet("/", ListCampaigns).WithSummary("Campaigns whose figures the signed-in office may read");
        api.MapGet("/{id:int}/indicators", Indicators)
            .WithSummary("All figures of a campaign (the seed's 14 and the structural counts), filtered by org unit, group, participant and period");
        api.MapGet("/{id:int}/indicators/{key}/records", Records)
            .WithSummary("The records behind one figure; their values add up to the figure");
        api.MapGet("/{id:int}/by-group", ByGroup)
            .WithSummary("Stationed days, households visited and other field-work figures per research group");
        return app;
    }

    private static async Task<Results<Ok<List<CampaignSummary>>, ProblemHttpResult>> ListCampaigns(ClaimsPrincipal user, DundianDbContext db, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return Unauthorized();
        var scope = user.Scope();
        var all = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).OrderBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok(all.Where(c => scope.MayReadFigures(c.OrgUnit!.Path))
            .Select(c => new CampaignSummary(c.Id, c.Name, c.Theme, c.Tier.ToString(), c.OrgUnit!.Name, c.StartDate, c.EndDate)).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<IndicatorValue>>, ProblemHttpResult>> Indicators(int id, [AsParameters] FigureQuery query,
        ClaimsPrincipal user, DundianDbContext db, StatisticsService statistics, CancellationToken ct)
    {
        if (await RefuseAsync(id, user, db, ct) is { } refused) return refused;
        try { return TypedResults.Ok(await statistics.ComputeAsync(query.ToFilter(id), ct)); }
        catch (ValidationException e) { return Invalid(e); }
    }

    private static async Task<Results<Ok<DrillDown>, ProblemHttpResult>> Records(int id, string key, [AsParameters] FigureQuery query,
        ClaimsPrincipal user, DundianDbContext db, StatisticsService statistics, CancellationToken ct)
    {
        if (await RefuseAsync(id, user, db, ct) is { } refused) return refused;
        if (statistics.Catalogue.All.All(i => i.Key != key))
            return TypedResults.Problem($"没有指标“{key}”。", statusCode: 404, title: "未找到");
        try
        {
            var figure = await statistics.ComputeAsync(key, query.ToFilter(id), ct);
            var rows = await statistics.DrillDownAsync(key, query.ToFilter(id), ct);
            return TypedResults.Ok(new DrillDown(figure, rows.Sum(r => r.Value), rows));
        }
        catch (ValidationException e) { return Invalid(e); }
    }

    private static async Task<Results<Ok<List<GroupFigures>>, ProblemHttpResult>> ByGroup(int id, [AsParameters] FigureQuery query,
        ClaimsPrincipal user, DundianDbContext db, CampaignFigures figures, CancellationToken ct)
    {
        if (await RefuseAsync(id, user, db, ct) is { } refused) return refused;
        try
        {
            var rows = await figures.ByGroupAsync(id, query, ct);
            return TypedResults.Ok(rows.Select(r => new GroupFigures(r.Id, r.Name, r.Detail, r.Values)).ToList());
        }
        catch (ValidationException e) { return Invalid(e); }
    }

    private static async Task<ProblemHttpResult?> RefuseAsync(int id, ClaimsPrincipal user, DundianDbContext db, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return Unauthorized();
        var path = await db.Campaigns.Where(c => c.Id == id).Select(c => c.OrgUnit!.Path).FirstOrDefaultAsync(ct);
        if (path is null) return TypedResults.Problem($"活动 {id} 不存在。", statusCode: 404, title: "未找到");
        return user.Scope().MayReadFigures(path)
            ? null
            : TypedResults.Problem("该活动的统计仅向主办单位的活动办公室开放。", statusCode: 403, title: "无权访问");
    }

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem("请先登录工作人员账号。", statusCode: 401, title: "未登录");

    private static ProblemHttpResult Invalid(ValidationException e) =>
        TypedResults.Problem(e.Message, statusCode: 400, title: "参数无效", extensions: new Dictionary<string, object?> { ["field"] = e.Field });
}
