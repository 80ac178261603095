namespace Dundian.Web.Portal;

/// <summary>
/// Answers an anonymous GET or HEAD from its <see cref="ReadyPages"/> copy ahead of routing and the output cache;
/// otherwise lets the request through with a <see cref="ReadyPageCapture"/> for the cache policy to use, and keeps the
/// copy it made. Requests that carry the sign-in cookie or credentials pass straight through (as with the output cache).
/// </summary>
public sealed class ReadyPagesMiddleware(RequestDelegate next, ReadyPages pages, PortalCompression compression, TimeProvider clock)
{
    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        // An address with an extension (static files, feeds, Open311) is none of the pages kept ready: no key to build.
        if (Path.HasExtension(request.Path.Value) || !PortalOutputCachePolicy.IsAnonymousRead(request)) return next(http);
        var key = ReadyPages.Key(http, LayoutPreference.Name(LayoutPreference.Of(request)), compression.EncodingFor(http));
        var get = HttpMethods.IsGet(request.Method);
        if (pages.TryGet(key, out var page)) return page.WriteAsync(http.Response, clock.GetUtcNow(), headOnly: !get);
        return get ? RenderAndKeepAsync(http, key) : next(http);
    }

    private async Task RenderAndKeepAsync(HttpContext http, string key)
    {
        var capture = new ReadyPageCapture();
        http.Features.Set(capture);
        var completed = false;
        try
        {
            await next(http);
            completed = true;
        }
        finally
        {
            if (await capture.DetachAsync(http, completed, clock.GetUtcNow()) is { } page) pages.Keep(key, page);
        }
    }
}
