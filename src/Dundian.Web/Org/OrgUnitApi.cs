using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Org;

/// <summary>
/// Public read API of the org tree, so other systems can align their codes with ours: names and division codes of
/// administrative units are public. Retired units are included with their valid-to date (history is kept).
/// </summary>
public static class OrgUnitApi
{
    public const int MaxUnits = 50_000;

    public record OrgUnitItem(string? Code, string Name, string Level, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo,
        string? RuralUrbanCode);

    public static IEndpointRouteBuilder MapOrgUnitApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/org-units").WithTags("Org units")
            .MapGet("/", ListAsync)
            .WithSummary("The unit with the given 12-digit division code and every unit under it (all when under is omitted)")
            .WithDescription("Level: Province, City, County, Town, Village. ValidTo is the first day a retired unit no longer exists.");
        return app;
    }

    private static async Task<Results<Ok<List<OrgUnitItem>>, ProblemHttpResult>> ListAsync(DundianDbContext db, string? under,
        CancellationToken ct)
    {
        var query = db.OrgUnits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(under))
        {
            if (DivisionCode.Problem(under.Trim()) is { } problem)
                return TypedResults.Problem(problem + "。", statusCode: 400, title: "参数无效");
            var code = under.Trim();
            var root = await db.OrgUnits.AsNoTracking().Where(u => u.DivisionCode == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (root is null) return TypedResults.Problem($"区划代码 {code} 不存在。", statusCode: 404, title: "未找到");
            query = query.WhereUnder(u => u.Path, root, db.Database.IsSqlite());
        }
        if (await query.CountAsync(ct) > MaxUnits)
            return TypedResults.Problem($"结果超过 {MaxUnits:N0} 个单位,请用 under 指定更小的范围。", statusCode: 400, title: "范围过大");
        var rows = await query.OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new { u.DivisionCode, u.Name, u.Level, ParentCode = u.Parent!.DivisionCode, u.ValidFrom, u.ValidTo, u.RuralUrbanCode })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(u => new OrgUnitItem(u.DivisionCode, u.Name, u.Level.ToString(), u.ParentCode,
            u.ValidFrom, u.ValidTo, u.RuralUrbanCode)).ToList());
    }
}
