using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dundian.Web.Portal;

/// <summary>
/// This node's copies of the output cache's pages, held as the bytes to write, so that a page read again is answered
/// before routing and the output cache's own lookup (<see cref="ReadyPagesMiddleware"/>): a cached article costs about
/// what a bare Kestrel writing the same bytes costs (issue 13). A copy is made only of a response the output cache was
/// about to store — rendered for nobody signed in, shareable, with its tags complete — and it follows the cached pages'
/// own freshness rule: it is dropped as soon as a write marks one of its tags (<see cref="CacheEvictionMarks"/>) after
/// its render began, and it lives at most <see cref="PortalCache.Lifetime"/>. One machine only (see
/// <see cref="PortalCacheSetup.UseReadyPages"/>).
/// Its key holds everything the output cache varies a page by: address, query, layout and encoding.
/// </summary>
public sealed class ReadyPages(CacheEvictionMarks marks, TimeProvider clock)
{
    /// <summary>
    /// Memory the copies may take: thousands of pages (an article is 6–15 KB, compressed or not). A full store keeps
    /// what it has; the output cache still serves the rest.
    /// </summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Bigger pages are left to the output cache alone.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    private readonly ConcurrentDictionary<string, ReadyPage> pages = new(StringComparer.Ordinal);
    private long bytes;

    private long Bytes => Interlocked.Read(ref bytes);

    public static string Key(HttpContext http, string layout, string encoding)
    {
        var request = http.Request;
        return string.Concat(request.Scheme, "://", request.Host.Value, request.Path.Value, request.QueryString.Value, " ", layout, " ", encoding);
    }

    public bool TryGet(string key, out ReadyPage page)
    {
        if (!pages.TryGetValue(key, out page!)) return false;
        if (IsCurrent(page)) return true;
        Remove(key, page);
        return false;
    }

    public void Keep(string key, ReadyPage page)
    {
        // A copy that went stale while its render finished is not worth keeping (its next reader would drop it).
        if (!IsCurrent(page)) return;
        if (Bytes + page.Body.Length > MaxBytes)
        {
            foreach (var (k, p) in pages)
                if (!IsCurrent(p)) Remove(k, p);
            if (Bytes + page.Body.Length > MaxBytes) return;
        }
        if (pages.TryGetValue(key, out var old))
        {
            if (pages.TryUpdate(key, page, old)) Interlocked.Add(ref bytes, page.Body.Length - old.Body.Length);
        }
        else if (pages.TryAdd(key, page))
        {
            Interlocked.Add(ref bytes, page.Body.Length);
        }
    }

    private void Remove(string key, ReadyPage page)
    {
        if (pages.TryRemove(KeyValuePair.Create(key, page))) Interlocked.Add(ref bytes, -page.Body.Length);
    }

    private bool IsCurrent(ReadyPage page)
    {
        if (clock.GetUtcNow() - page.RenderedAt >= PortalCache.Lifetime) return false;
        foreach (var tag in page.Tags)
            if (marks.MarkedSince(page.NotedAt, tag)) return false;
        return true;
    }

    /// <summary>Headers that belong to one response, not to the page: Kestrel or the writer sets them each time.</summary>
    public static bool IsPageHeader(string name) => !PerResponseHeaders.Contains(name);

    private static readonly HashSet<string> PerResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.Age, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.Connection, HeaderNames.KeepAlive,
    };
}
