using System.Xml.Linq;
using Dundian.Testing;
using Dundian.Web.Tests.Search;
using Xunit;

namespace Dundian.Web.Tests.Feeds;

/// <summary>Feed announcements, sitemap, robots.txt, canonical links and Open Graph tags.</summary>
public abstract class DiscoveryTests(DundianApp app)
{
    [Fact]
    public async Task Home_and_channel_pages_announce_their_feeds()
    {
        var client = app.CreateClient();
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("/rss.xml", home.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
        Assert.Equal("/atom.xml", home.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));

        var channel = await client.GetDocumentAsync("/channel/news");
        Assert.Equal("/channel/news/rss.xml", channel.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
        Assert.Equal("/channel/news/atom.xml", channel.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sitemap_lists_home_channels_and_the_seed_article_with_lastmod()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var response = await app.CreateClient().GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(ns + "url").ToList();
        var locs = urls.Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/", locs);
        Assert.Contains("http://localhost/channel/city-news", locs);
        var seedUrl = $"http://localhost/article/{await TestArticles.SeedIdAsync(app)}";
        var seed = urls.Single(u => u.Element(ns + "loc")!.Value == seedUrl);
        Assert.NotNull(seed.Element(ns + "lastmod"));
    }

    [Fact]
    public async Task Robots_allows_all_but_the_back_office_and_names_the_sitemap()
    {
        var response = await app.CreateClient().GetAsync("/robots.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /manage", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains("Disallow: /community/", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Fact]
    public async Task Article_channel_and_home_pages_have_canonical_and_open_graph_tags()
    {
        var client = app.CreateClient();
        var id = await TestArticles.SeedIdAsync(app);
        var article = await client.GetDocumentAsync($"/article/{id}?utm_source=x");
        Assert.Equal($"http://localhost/article/{id}", article.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Og(article, "type"));
        Assert.Equal(TestArticles.SeedTitle, Og(article, "title"));
        Assert.Equal($"http://localhost/article/{id}", Og(article, "url"));
        Assert.Equal("宁波党建网", Og(article, "site_name"));
        Assert.False(string.IsNullOrWhiteSpace(Og(article, "description")));

        var channel = await client.GetDocumentAsync("/channel/city-news?page=1");
        Assert.Equal("http://localhost/channel/city-news", channel.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("website", Og(channel, "type"));
        Assert.Equal("全市动态", Og(channel, "title"));

        var home = await client.GetDocumentAsync("/");
        Assert.Equal("http://localhost/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("website", Og(home, "type"));
    }

    private static string? Og(AngleSharp.Dom.IDocument doc, string property) =>
        doc.QuerySelector($"meta[property='og:{property}']")?.GetAttribute("content");
}

public sealed class DiscoveryTestsOnSqlite(SqliteApp app) : DiscoveryTests(app), IClassFixture<SqliteApp>;
public sealed class DiscoveryTestsOnPostgres(PostgresApp app) : DiscoveryTests(app), IClassFixture<PostgresApp>;
