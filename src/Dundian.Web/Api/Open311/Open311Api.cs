using Dundian.Core.Concerns;
using Dundian.Web.Concerns;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Api.Open311;

/// <summary>
/// Open311 GeoReport v2 over concerns at /open311/v2/, so a 12345 hotline platform can exchange cases.
/// Services are concern categories; a request's location is a village: address_id = our village id, or
/// address_string = the village's exact name. Reporter names and phones are never returned; who reads what is
/// said in <see cref="Open311Requests"/> and <see cref="Open311Scopes"/> (GET takes an optional api_key).
/// </summary>
public static class Open311Api
{
    private const string Format = "{format:regex(^(json|xml)$)}";

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup("/open311/v2").WithTags("Open311");
        v2.MapGet("/services." + Format, ListServices);
        v2.MapGet("/services/{code}." + Format, GetService);
        v2.MapGet("/requests." + Format, ListRequests);
        v2.MapPost("/requests." + Format, PostRequest).RequireRateLimiting(RateLimits.PublicForm).DisableAntiforgery();
        v2.MapGet("/requests/{id}." + Format, GetRequest);
        return app;
    }

    private static async Task<IResult> ListServices(DundianDbContext db)
    {
        var categories = await db.ConcernCategories.OrderBy(c => c.Id).ToListAsync();
        return new Open311Response("services", "service", categories.Select(c => (IReadOnlyList<(string, object?)>)
        [
            ("service_code", c.Code), ("service_name", c.Name), ("description", c.Description ?? ""),
            ("metadata", false), ("type", "realtime"), ("keywords", ""), ("group", "民情诉求"),
        ]));
    }

    private static async Task<IResult> GetService(DundianDbContext db, string code)
    {
        var category = await db.ConcernCategories.FirstOrDefaultAsync(c => c.Code == code);
        return category is null
            ? Open311Response.Error(404, $"service_code {code} not found / 未知的服务类别")
            : Open311Response.Single("service_definition", [("service_code", category.Code), ("attributes", Array.Empty<string>())]);
    }

    private static async Task<IResult> ListRequests(HttpContext http, DundianDbContext db, IOptions<Open311Options> options,
        string? service_request_id, string? service_code, DateTime? start_date, DateTime? end_date, string? status)
    {
        if (Reader(http, options.Value) is not { } full) return Open311Response.Error(403, "invalid api_key / API 密钥无效");
        var query = Open311Requests.Query(db);
        if (!full) query = query.Where(Open311Requests.IsPublic);
        if (!string.IsNullOrEmpty(service_request_id))
        {
            var ids = service_request_id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            query = query.Where(c => ids.Contains(c.TrackingNumber));
        }
        if (!string.IsNullOrEmpty(service_code)) query = query.Where(c => c.Category!.Code == service_code);
        if (start_date is not null) { var from = start_date.Value.ToUniversalTime(); query = query.Where(c => c.ReceivedAt >= from); }
        if (end_date is not null) { var to = end_date.Value.ToUniversalTime(); query = query.Where(c => c.ReceivedAt <= to); }
        if (status is "open") query = query.Where(Open311Requests.IsOpen);
        else if (status is "closed") query = query.Where(Open311Requests.IsClosed);
        else if (!string.IsNullOrEmpty(status)) return Open311Response.Error(400, "status must be open or closed / status 只能是 open 或 closed");
        // The specification's default window: the last 90 days, at most 1000 requests.
        var concerns = await query.OrderByDescending(c => c.ReceivedAt).Take(1000).ToListAsync();
        return Open311Requests.Response(concerns, full);
    }

    private static async Task<IResult> GetRequest(HttpContext http, DundianDbContext db, IOptions<Open311Options> options, string id)
    {
        if (Reader(http, options.Value) is not { } full) return Open311Response.Error(403, "invalid api_key / API 密钥无效");
        var query = Open311Requests.Query(db);
        if (!full) query = query.Where(Open311Requests.IsPublic);
        // An unresolved concern answers an anonymous reader exactly as an unknown number does.
        var concern = await query.FirstOrDefaultAsync(c => c.TrackingNumber == id);
        return concern is null ? Open311Response.Error(404, $"service_request_id {id} not found / 未找到该诉求") : Open311Requests.Response([concern], full);
    }

    /// <summary>
    /// Null for a key that is given but unknown (403); false for no key or a key without read-private (public view);
    /// true for full text. Full answers are marked private so no shared cache keeps them.
    /// </summary>
    private static bool? Reader(HttpContext http, Open311Options options)
    {
        var key = http.Request.Query["api_key"].ToString();
        if (key.Length == 0) return false;
        if (options.Find(key) is not { } found) return null;
        var full = found.Client.Allows(Open311Scopes.ReadPrivate);
        if (full) http.Response.Headers.CacheControl = "private, no-store";
        return full;
    }

    private static async Task<IResult> PostRequest(HttpContext http, DundianDbContext db, ConcernIntake intake, IOptions<Open311Options> options)
    {
        if (!http.Request.HasFormContentType) return Open311Response.Error(400, "form post expected / 请以表单方式提交");
        var form = await http.Request.ReadFormAsync();
        if (options.Value.Find(form["api_key"]) is not { } found || !found.Client.Allows(Open311Scopes.Post))
            return Open311Response.Error(403, "invalid api_key / API 密钥无效");
        var client = found.Name;

        var village = await FindVillageAsync(db, form["address_id"], form["address_string"]);
        if (village is null) return Open311Response.Error(400, "address_id (village id) or address_string (village name) required / 请提供诉求所在村(社区)");
        var name = string.Join("", new[] { form["last_name"].ToString(), form["first_name"].ToString() }).Trim();
        try
        {
            var (concern, _) = await intake.SubmitAsync(new ConcernSubmission(form["service_code"].ToString(), village.Id,
                form["description"].ToString(), name.Length == 0 ? null : name, NullIfEmpty(form["phone"])), ConcernSource.Hotline, "open311:" + client,
                ConcernForm.PhotoUploadsOf(form.Files.GetFiles("media")));
            return new Open311Response("service_requests", "request",
                [[("service_request_id", concern.TrackingNumber), ("service_notice", "已受理 / received")]], 201);
        }
        catch (ConcernInputException e)
        {
            return Open311Response.Error(e.Field == nameof(ConcernSubmission.CategoryCode) ? 404 : 400, e.Message);
        }
    }

    private static async Task<OrgUnit?> FindVillageAsync(DundianDbContext db, string? addressId, string? addressString)
    {
        var villages = db.OrgUnits.Where(u => u.Level == OrgLevel.Village && u.ValidTo == null);
        if (int.TryParse(addressId, out var id)) return await villages.FirstOrDefaultAsync(u => u.Id == id);
        var name = addressString?.Trim();
        return string.IsNullOrEmpty(name) ? null : await villages.FirstOrDefaultAsync(u => u.Name == name);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
