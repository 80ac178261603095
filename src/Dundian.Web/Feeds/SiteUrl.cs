namespace Dundian.Web.Feeds;

/// <summary>
/// Absolute URLs for feeds, the sitemap, canonical links and Open Graph, taken from the request. Behind a reverse
/// proxy enable forwarded headers so the scheme and host are the public ones.
/// </summary>
public static class SiteUrl
{
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary><paramref name="path"/> must start with "/".</summary>
    public static string Absolute(HttpRequest request, string path) => Base(request) + path;
}
