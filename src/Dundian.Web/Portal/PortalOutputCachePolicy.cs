using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Dundian.Web.Portal;

/// <summary>
/// Output caching for anonymous readers of the home, channel and article pages. Never for a signed-in user
/// (staff see the same pages and must never be served, or poison, a shared copy), and never for a response that
/// sets a cookie or says no-store — which is what the antiforgery system says whenever a page renders a token,
/// so a page that gains a form (a comment box) simply stops being cached instead of handing one reader's token
/// to everyone.
/// </summary>
public sealed class PortalOutputCachePolicy(bool isArticle) : IOutputCachePolicy
{
    public static readonly PortalOutputCachePolicy Lists = new(isArticle: false);
    public static readonly PortalOutputCachePolicy Article = new(isArticle: true);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                        && http.User.Identity?.IsAuthenticated != true
                        && !request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PortalCache.Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        // 手机版 and 电脑版 are different pages at one address: vary by the layout the reader actually gets.
        context.CacheVaryByRules.VaryByValues["layout"] = LayoutPreference.Name(LayoutPreference.Resolve(http));
        context.Tags.Add(PortalCache.AllTag);
        // Article pages list other articles too (related, previous / next, most read), so every page is a list.
        context.Tags.Add(PortalCache.ListsTag);
        if (isArticle && http.GetRouteValue("id") is { } id && int.TryParse(id.ToString(), out var articleId))
            context.Tags.Add(PortalCache.ArticleTag(articleId));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        if (!IsShareable(response) || context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A 200 without cookies and without no-store/private (antiforgery sets no-store with every token).</summary>
    public static bool IsShareable(HttpResponse response)
    {
        if (response.StatusCode != StatusCodes.Status200OK) return false;
        if (response.Headers.SetCookie.Count > 0) return false;
        var cacheControl = response.Headers.CacheControl.ToString();
        return !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
               && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase);
    }
}
