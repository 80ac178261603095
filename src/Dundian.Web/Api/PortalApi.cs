using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Api;

/// <summary>Read-only JSON over published portal content.</summary>
public static class PortalApi
{
    public record ArticleSummary(int Id, string Title, string Channel, string? Source, DateTime PublishedAt, string Date);
    public record ArticleDetail(int Id, string Title, string Channel, string? Source, string? Author, DateTime PublishedAt, string Date, string BodyHtml);
    public record PagedList<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items);

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/portal").WithTags("Portal");
        api.MapGet("/articles", ListArticles).WithSummary("Published articles, newest first, optionally of one channel");
        api.MapGet("/articles/{id:int}", GetArticle).WithSummary("One published article");
        api.MapPublicFigures();
        return app;
    }

    private static async Task<Results<Ok<PagedList<ArticleSummary>>, ProblemHttpResult>> ListArticles(
        DundianDbContext db, string? channel, int page = 1, int pageSize = 20)
    {
        if (page < 1 || pageSize is < 1 or > 100)
            return TypedResults.Problem("page 须大于 0,pageSize 须在 1 到 100 之间。", statusCode: 400, title: "参数无效");
        var query = db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null);
        if (!string.IsNullOrEmpty(channel)) query = query.Where(a => a.Channel!.Slug == channel);
        var total = await query.CountAsync();
        var rows = await query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new { a.Id, a.Title, Channel = a.Channel!.Name, a.Source, a.PublishedAt }).ToListAsync();
        var items = rows.Select(a => new ArticleSummary(a.Id, a.Title, a.Channel, a.Source, a.PublishedAt!.Value, ChinaTime.ShortDate(a.PublishedAt.Value))).ToList();
        return TypedResults.Ok(new PagedList<ArticleSummary>(page, pageSize, total, items));
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetArticle(DundianDbContext db, int id)
    {
        var a = await db.Articles.Include(x => x.Channel)
            .FirstOrDefaultAsync(x => x.Id == id && x.Status == ArticleStatus.Published && x.PublishedAt != null);
        if (a is null) return TypedResults.Problem($"文章 {id} 不存在或未发布。", statusCode: 404, title: "未找到");
        return TypedResults.Ok(new ArticleDetail(a.Id, a.Title, a.Channel!.Name, a.Source, a.Author, a.PublishedAt!.Value,
            ChinaTime.ShortDate(a.PublishedAt.Value), a.BodyHtml));
    }
}
