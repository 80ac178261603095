using Dundian.Web.Accounts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Dundian.Web.Portal;

/// <summary>
/// Output caching for anonymous readers of the home, channel and article pages and of the pages with live campaign
/// figures. Never for a signed-in user (staff see the same pages and must never be served, or poison, a shared copy):
/// the cache runs before authentication, so a request that carries the sign-in cookie — valid or not — is neither
/// served from nor stored in the cache, and a response is stored only if it was rendered for nobody signed in,
/// and never for a response that sets a cookie or says no-store — which is what the antiforgery system says whenever a
/// page renders a token, so a page that gains a form (a comment box) simply stops being cached instead of handing one
/// reader's token to everyone. A response whose tags were evicted while it rendered is not kept (see
/// <see cref="CacheEvictionMarks"/>): the page after a write is always rendered from the committed rows.
/// A hit touches no request services (no DI scope is created): what it needs is given to the policy once.
/// </summary>
public sealed class PortalOutputCachePolicy(PortalCacheKind kind, CacheEvictionMarks marks, PortalCompression compression)
    : IOutputCachePolicy
{
    private const string StartedAtKey = "dundian.cache.started-at";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var cacheable = IsAnonymousRead(http.Request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // Locking lets concurrent misses wait for one render and share it; a request arriving just after a write
        // could then be handed a page rendered just before it. Live figures must be exact, so each miss renders.
        context.AllowLocking = kind is not (PortalCacheKind.Figures or PortalCacheKind.Bulletins);
        context.ResponseExpirationTimeSpan = PortalCache.Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        // 手机版 and 电脑版 are different pages at one address: vary by the layout the reader actually gets.
        context.CacheVaryByRules.VaryByValues["layout"] = LayoutPreference.Name(LayoutPreference.Of(http.Request));
        // Compression runs inside the cache (PortalCompression): a page is stored once per encoding.
        context.CacheVaryByRules.VaryByValues["encoding"] = compression.EncodingFor(http);
        context.Tags.Add(PortalCache.AllTag);
        var id = http.GetRouteValue("id") is { } raw && int.TryParse(raw.ToString(), out var n) ? n : (int?)null;
        switch (kind)
        {
            case PortalCacheKind.Lists:
                context.Tags.Add(PortalCache.ListsTag);
                break;
            case PortalCacheKind.Article when id is { } articleId:
                // Article pages list other articles too (related, previous / next, most read), so they are lists.
                context.Tags.Add(PortalCache.ListsTag);
                context.Tags.Add(PortalCache.ArticleTag(articleId));
                break;
            case PortalCacheKind.Figures:
                context.Tags.Add(PortalCache.FiguresTag);
                if (id is { } campaignId) context.Tags.Add(PortalCache.CampaignTag(campaignId));
                break;
            case PortalCacheKind.Bulletins:
                context.Tags.Add(PortalCache.BulletinsTag);
                break;
        }
        http.Items[StartedAtKey] = marks.Current;
        // Under the output cache's own capture, so that a page it stores is also kept ready to write (ReadyPages).
        if (cacheable) http.Features.Get<ReadyPageCapture>()?.Attach(http.Response);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (!IsShareable(http.Response) || http.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
        if (http.Items[StartedAtKey] is not long startedAt) return ValueTask.CompletedTask;
        if (marks.MarkedSince(startedAt, context.Tags).Count > 0)
        {
            context.AllowCacheStorage = false; // rendered while a write was evicting its tags: maybe from the old rows
            return ValueTask.CompletedTask;
        }
        // An eviction between this check and the store would leave the old page in the cache: evict it again
        // once the response (and the store) is done.
        http.Response.OnCompleted(async () =>
        {
            if (!context.AllowCacheStorage) return;
            var late = marks.MarkedSince(startedAt, context.Tags);
            if (late.Count == 0) return;
            var store = http.RequestServices.GetRequiredService<IOutputCacheStore>();
            foreach (var tag in late) await store.EvictByTagAsync(tag, CancellationToken.None);
        });
        http.Features.Get<ReadyPageCapture>()?.WillBeStored(startedAt, context);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A GET or HEAD from nobody signed in: without the sign-in cookie (valid or not — the cache answers before
    /// authentication runs) and without credentials.
    /// </summary>
    public static bool IsAnonymousRead(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Cookies.ContainsKey(AccountsSetup.SignInCookie)
        && !request.Headers.ContainsKey(HeaderNames.Authorization);

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
