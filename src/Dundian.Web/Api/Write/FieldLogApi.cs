using System.Security.Claims;
using Dundian.Core.ApiAccess;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Web.Api.Tokens;
using Dundian.Web.Campaigns;
using Dundian.Web.Infrastructure;
using Dundian.Web.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Api.Write;

/// <summary>
/// Field logs over the write API, for a county's own mobile app. Every write goes through the same core services as
/// the staff pages (<see cref="FieldLogService"/>, <see cref="FieldLogCorrections"/>): same checks, same org-unit scope,
/// same audit, same totals. The token's principal is the person (or, for a system token, its unit's office).
/// </summary>
public static class FieldLogApi
{
    public const string Path = "/api/v1/field-logs";

    public static RouteGroupBuilder MapFieldLogApi(this RouteGroupBuilder v1)
    {
        var logs = v1.MapGroup("/field-logs").WithTags("蹲点日志 (写入 API)");
        logs.MapPost("/", Create).RequireApiScope(ApiScopes.FieldLogsWrite)
            .WithSummary("登记一条蹲点日志").WithDescription("支持 Idempotency-Key 请求头:重试时用同一个键,不会重复登记。")
            .Accepts<FieldLogBody>("application/json").Produces<FieldLogView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        logs.MapGet("/", List).RequireApiScope(ApiScopes.FieldLogsRead)
            .WithSummary("本人(或令牌所辖单位)可见的蹲点日志");
        logs.MapGet("/{id:long}", Get).RequireApiScope(ApiScopes.FieldLogsRead).WithSummary("一条蹲点日志");
        logs.MapPatch("/{id:long}", Correct).RequireApiScope(ApiScopes.FieldLogsWrite)
            .WithSummary("更正蹲点日志(须填理由;本人限登记后规定天数内,活动办公室不限)");
        logs.MapDelete("/{id:long}", Delete).RequireApiScope(ApiScopes.FieldLogsWrite)
            .WithSummary("删除蹲点日志(理由放在查询参数 reason 中)");
        return v1;
    }

    private static async Task<IResult> Create(FieldLogBody body, HttpContext http, DundianDbContext db, FieldLogService service,
        ApiIdempotency idempotency, CancellationToken ct)
    {
        var actor = http.User.Actor();
        // The service refuses this too, as a form error; the API says 403 (a token used outside its scope), before any write.
        var participant = await db.Participants.AsNoTracking().Include(p => p.Group).ThenInclude(g => g!.Leader)
            .FirstOrDefaultAsync(p => p.Id == body.ParticipantId, ct);
        var village = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == body.VillageId, ct);
        if (participant is not null && village is not null && !FieldLogService.MayRecordFor(actor, participant, village))
            return ApiProblems.Forbidden($"该令牌无权为{participant.Name}在{village.Name}登记蹲点日志(超出本人或所辖单位范围)。");

        return await idempotency.RunAsync(http, "POST " + Path, body, async () =>
        {
            try
            {
                var log = await service.RecordAsync(actor, body.ToInput(), ct);
                return ApiIdempotency.Outcome.Created(await ViewAsync(db, log.Id, ct), $"{Path}/{log.Id}");
            }
            catch (ValidationException e) { return ApiIdempotency.Outcome.Refused(ApiProblems.Invalid(e.Field, e.Message)); }
        });
    }

    private static async Task<Results<Ok<FieldLogPage>, ValidationProblem>> List(HttpContext http, FieldLogService service,
        int? campaignId, DateOnly? from, DateOnly? to, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        if (pageSize is < 1 or > 200) return ApiProblems.Invalid("pageSize", "每页条数须在 1 到 200 之间。");
        if (page < 1) return ApiProblems.Invalid("page", "页码从 1 开始。");
        var query = service.VisibleTo(http.User.Actor()).AsNoTracking();
        if (campaignId is { } c) query = query.Where(l => l.CampaignId == c);
        if (from is { } f) query = query.Where(l => l.EndDate >= f);
        if (to is { } t) query = query.Where(l => l.StartDate <= t);
        var total = await query.CountAsync(ct);
        var items = await query.Include(l => l.Participant).Include(l => l.Village)
            .OrderByDescending(l => l.StartDate).ThenByDescending(l => l.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new FieldLogPage(total, page, pageSize, items.Select(FieldLogView.Of).ToList()));
    }

    private static async Task<Results<Ok<FieldLogView>, ProblemHttpResult>> Get(long id, HttpContext http, DundianDbContext db,
        FieldLogService service, CancellationToken ct)
    {
        if (await RefuseAsync(id, http.User, db, service, ct) is { } refused) return refused;
        return TypedResults.Ok(await ViewAsync(db, id, ct));
    }

    private static async Task<Results<Ok<FieldLogView>, ProblemHttpResult, ValidationProblem>> Correct(long id, FieldLogPatch patch,
        HttpContext http, DundianDbContext db, FieldLogService service, FieldLogCorrections corrections,
        IOptions<WorkspaceOptions> options, CancellationToken ct)
    {
        if (await RefuseAsync(id, http.User, db, service, ct) is { } refused) return refused;
        var actor = http.User.Actor();
        var log = (await corrections.LoadAsync(id, ct))!;
        var days = options.Value.FieldLogCorrectionDays;
        if (corrections.WhyNot(actor, log, days) is { } why) return ApiProblems.Forbidden(why);
        try
        {
            await corrections.CorrectAsync(actor, log, patch.ApplyTo(log), patch.Reason, days, ct);
        }
        catch (ValidationException e) { return ApiProblems.Invalid(e.Field, e.Message); }
        db.ChangeTracker.Clear();
        return TypedResults.Ok(await ViewAsync(db, id, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> Delete(long id, [FromQuery] string? reason,
        HttpContext http, DundianDbContext db, FieldLogService service, FieldLogCorrections corrections,
        IOptions<WorkspaceOptions> options, CancellationToken ct)
    {
        if (await RefuseAsync(id, http.User, db, service, ct) is { } refused) return refused;
        var actor = http.User.Actor();
        var log = (await corrections.LoadAsync(id, ct))!;
        var days = options.Value.FieldLogCorrectionDays;
        if (corrections.WhyNot(actor, log, days) is { } why) return ApiProblems.Forbidden(why);
        // The service refuses this as well; the API calls it what it is — a conflict with records that hang on the log.
        var concerns = await db.Concerns.CountAsync(c => c.FieldLogId == id, ct);
        if (concerns > 0) return ApiProblems.Conflict($"该次蹲点已登记 {concerns} 件民情诉求,不能删除;可更正日志内容。");
        try
        {
            await corrections.DeleteAsync(actor, log, reason, days, ct);
        }
        catch (ValidationException e) { return ApiProblems.Invalid(e.Field, e.Message); }
        return TypedResults.NoContent();
    }

    /// <summary>404 for an unknown log, 403 for one the token's principal may not see.</summary>
    private static async Task<ProblemHttpResult?> RefuseAsync(long id, ClaimsPrincipal user, DundianDbContext db, FieldLogService service,
        CancellationToken ct)
    {
        if (!await db.FieldLogs.AnyAsync(l => l.Id == id, ct)) return ApiProblems.NotFound($"蹲点日志 {id} 不存在。");
        return await service.VisibleTo(user.Actor()).AnyAsync(l => l.Id == id, ct)
            ? null
            : ApiProblems.Forbidden("该蹲点日志不在本令牌的可见范围内。");
    }

    private static async Task<FieldLogView> ViewAsync(DundianDbContext db, long id, CancellationToken ct) =>
        FieldLogView.Of(await db.FieldLogs.AsNoTracking().Include(l => l.Participant).Include(l => l.Village).FirstAsync(l => l.Id == id, ct));
}
