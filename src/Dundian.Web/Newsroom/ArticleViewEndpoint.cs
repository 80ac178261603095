using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Newsroom;

/// <summary>
/// POST /article/{id}/view: the view beacon of the public article page (wwwroot/js/article-views.js). The article page
/// comes from the output cache, so the page request itself can no longer count the view; the page's script calls this
/// instead and shows the returned count. No antiforgery token: it changes nothing but a counter, and a token would make
/// the page uncacheable. Never cached, rate-limited per client address (<see cref="RateLimits.ArticleView"/>).
/// Only published articles are counted; anything else is a 404.
/// </summary>
public static class ArticleViewEndpoint
{
    public static IEndpointRouteBuilder MapArticleViews(this IEndpointRouteBuilder app)
    {
        app.MapPost("/article/{id:int}/view", CountAsync).AllowAnonymous().RequireRateLimiting(RateLimits.ArticleView)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CountAsync(int id, HttpContext http, DundianDbContext db, ArticleViewCounter counter,
        CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var stored = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id && a.Status == ArticleStatus.Published && a.PublishedAt != null)
            .Select(a => (int?)a.ViewCount).FirstOrDefaultAsync(ct);
        if (stored is null) return Results.NotFound();
        counter.Record(id);
        return Results.Json(new ArticleViewCount(stored.Value + counter.Pending(id)));
    }
}
