using Dundian.Core.ApiAccess;
using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Web.Accounts;
using Dundian.Web.Api.Tokens;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Api.Write;

/// <summary>
/// Concerns over the write API: filing on behalf of a resident through <see cref="ConcernIntake"/> (the portal's and
/// the hotline's own intake: same checks, tracking number and query code), and reading a concern's status. Who may
/// file where is the hotline page's rule (<see cref="ConcernAccess.IntakeRoles"/> covering the village) or, for a
/// concern raised on a stay, the field-log page's rule (the log is visible to the caller, the village is in its town).
/// </summary>
public static class ConcernApi
{
    public const string Path = "/api/v1/concerns";

    public static RouteGroupBuilder MapConcernApi(this RouteGroupBuilder v1)
    {
        var concerns = v1.MapGroup("/concerns").WithTags("民情诉求 (写入 API)");
        concerns.MapPost("/", Create).RequireApiScope(ApiScopes.ConcernsWrite)
            .WithSummary("代群众提交一件民情诉求").WithDescription("支持 Idempotency-Key 请求头:重试时用同一个键,不会重复受理。")
            .Accepts<ConcernBody>("application/json").Produces<ConcernCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        concerns.MapGet("/{trackingNumber}", Status).RequireApiScope(ApiScopes.ConcernsRead)
            .WithSummary("按受理编号查询诉求的办理状态");
        return v1;
    }

    private static async Task<IResult> Create(ConcernBody body, HttpContext http, DundianDbContext db, ConcernIntake intake,
        FieldLogService fieldLogs, ApiIdempotency idempotency, CancellationToken ct)
    {
        var source = body.Source?.Trim().ToLowerInvariant() switch
        {
            null or "" or "portal" => ConcernSource.Portal,
            "hotline" => ConcernSource.Hotline,
            _ => (ConcernSource?)null,
        };
        if (source is null) return ApiProblems.Invalid(nameof(body.Source), "来源只能是 portal(网上平台)或 hotline(热线)。");
        var village = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == body.VillageId && u.Level == OrgLevel.Village, ct);
        if (village is not null && await RefuseAsync(http, db, fieldLogs, body, village, ct) is { } refused) return refused;
        if (body.FieldLogId is not null) source = ConcernSource.FieldVisit;

        return await idempotency.RunAsync(http, "POST " + Path, body, async () =>
        {
            try
            {
                var (concern, code) = await intake.SubmitAsync(body.ToSubmission(), source.Value, http.User.Identity!.Name, ct);
                return ApiIdempotency.Outcome.Created(new ConcernCreated(concern.Id, concern.TrackingNumber, code, concern.Status.ToString(),
                    ConcernStatusNames.Of(concern.Status), concern.ReceivedAt), $"{Path}/{concern.TrackingNumber}");
            }
            catch (ConcernInputException e) { return ApiIdempotency.Outcome.Refused(ApiProblems.Invalid(e.Field, e.Message)); }
        });
    }

    /// <summary>403 when the village (or the stay) lies outside what the token's principal may file for.</summary>
    private static async Task<IResult?> RefuseAsync(HttpContext http, DundianDbContext db, FieldLogService fieldLogs, ConcernBody body,
        OrgUnit village, CancellationToken ct)
    {
        var actor = http.User.Actor();
        if (body.FieldLogId is not { } logId)
            return ConcernAccess.Covers(actor.Scope, village.Path, ConcernAccess.IntakeRoles)
                ? null
                : ApiProblems.Forbidden($"该令牌无权为{village.Name}提交诉求(超出所辖单位范围)。");
        var log = await fieldLogs.VisibleTo(actor).AsNoTracking().Include(l => l.Village).FirstOrDefaultAsync(l => l.Id == logId, ct);
        if (log is null)
            return await db.FieldLogs.AnyAsync(l => l.Id == logId, ct)
                ? ApiProblems.Forbidden("所关联的蹲点日志不在本令牌的可见范围内。")
                : ApiProblems.Invalid(nameof(body.FieldLogId), "所关联的蹲点日志不存在。");
        return log.Village!.ParentId == village.ParentId
            ? null
            : ApiProblems.Invalid(nameof(body.VillageId), "请选择本次蹲点所在镇乡(街道)的村(社区)。");
    }

    private static async Task<Results<Ok<ConcernStatusView>, ProblemHttpResult>> Status(string trackingNumber, HttpContext http,
        DundianDbContext db, CancellationToken ct)
    {
        var concern = await db.Concerns.AsNoTracking().Include(c => c.Category).Include(c => c.Village).Include(c => c.AssignedUnit)
            .Include(c => c.Events).AsSplitQuery().FirstOrDefaultAsync(c => c.TrackingNumber == trackingNumber.Trim(), ct);
        if (concern is null) return ApiProblems.NotFound($"受理编号 {trackingNumber} 不存在。");
        if (!ConcernAccess.Covers(http.User.Scope(), concern.Village!.Path))
            return ApiProblems.Forbidden("该诉求不在本令牌所辖单位范围内。");
        // Only the public steps, masked as on the portal: a platform shows them to the resident.
        string? Masked(string? text) => text is null ? null : PersonalDataMask.Text(text, [concern.ReporterName]);
        var history = concern.Events.Where(e => e.IsPublic).OrderBy(e => e.At)
            .Select(e => new ConcernStatusView.Step(e.At, e.StatusAfter.ToString(), ConcernStatusNames.Of(e.StatusAfter), Masked(e.Note))).ToList();
        return TypedResults.Ok(new ConcernStatusView(concern.TrackingNumber, concern.Status.ToString(), ConcernStatusNames.Of(concern.Status),
            concern.Category?.Name, concern.Village.Name, concern.AssignedUnit?.Name, concern.ReceivedAt, concern.DueAt, concern.ResolvedAt,
            Masked(concern.Result), history));
    }
}
