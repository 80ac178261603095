using Dundian.Web.Portal;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Feeds;

/// <summary>Feeds and discovery: RSS/Atom for the site and each channel, sitemap, robots.txt, OpenSearch.</summary>
public static class FeedEndpoints
{
    public static IServiceCollection AddFeeds(this IServiceCollection services) => services.AddScoped<FeedQueries>();

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/rss.xml", async (HttpRequest req, FeedQueries q, CancellationToken ct) =>
            XmlResponse.From(RssWriter.Write(await q.SiteAsync(ct), SiteUrl.Base(req)), FeedLink.RssType));
        app.MapGet("/atom.xml", async (HttpRequest req, FeedQueries q, IOptions<PortalOptions> site, CancellationToken ct) =>
            XmlResponse.From(AtomWriter.Write(await q.SiteAsync(ct), SiteUrl.Base(req), site.Value.Organisation), FeedLink.AtomType));
        app.MapGet("/channel/{slug}/rss.xml", async (string slug, HttpRequest req, FeedQueries q, CancellationToken ct) =>
            await q.ChannelAsync(slug, ct) is { } feed
                ? XmlResponse.From(RssWriter.Write(feed, SiteUrl.Base(req)), FeedLink.RssType)
                : Results.NotFound());
        app.MapGet("/channel/{slug}/atom.xml", async (string slug, HttpRequest req, FeedQueries q, IOptions<PortalOptions> site, CancellationToken ct) =>
            await q.ChannelAsync(slug, ct) is { } feed
                ? XmlResponse.From(AtomWriter.Write(feed, SiteUrl.Base(req), site.Value.Organisation), FeedLink.AtomType)
                : Results.NotFound());
        app.MapGet("/sitemap.xml", async (HttpRequest req, FeedQueries q, CancellationToken ct) =>
            XmlResponse.From(SitemapWriter.Write(SiteUrl.Base(req), await q.ChannelPathsAsync(ct), await q.SitemapArticlesAsync(ct)),
                "application/xml"));
        app.MapGet("/opensearch.xml", (HttpRequest req, IOptions<PortalOptions> site) =>
            XmlResponse.From(OpenSearchWriter.Write(SiteUrl.Base(req), site.Value.SiteName), OpenSearchWriter.ContentType));
        app.MapGet("/robots.txt", (HttpRequest req) => TypedResults.Text(Robots(SiteUrl.Base(req)), "text/plain; charset=utf-8"));
        return app;
    }

    // The back office and the account pages are not for crawlers (they are behind sign-in anyway); nor are the
    // 举报 confirmation pages under /community/, which a crawler following links would only fill the logs with.
    private static string Robots(string siteBase) =>
        $"User-agent: *\nAllow: /\nDisallow: /manage\nDisallow: /account\nDisallow: /community/\n\nSitemap: {siteBase}/sitemap.xml\n";
}
