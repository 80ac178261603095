using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Dundian.Testing;
using Dundian.Web.Tests.Search;
using Xunit;

namespace Dundian.Web.Tests.Feeds;

/// <summary>RSS 2.0 and Atom feeds of the site and of a channel: well-formed XML with the required elements.</summary>
public abstract class FeedTests(DundianApp app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> GetXmlAsync(string url, string mediaType)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/rss.xml", "http://localhost/")]
    [InlineData("/channel/city-news/rss.xml", "http://localhost/channel/city-news")]
    public async Task Rss_has_the_required_elements_and_lists_the_seed_article(string url, string pageLink)
    {
        var xml = await GetXmlAsync(url, "application/rss+xml");
        Assert.Equal("rss", xml.Root!.Name.LocalName);
        Assert.Equal("2.0", xml.Root.Attribute("version")!.Value);
        var channel = xml.Root.Element("channel")!;
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("title")!.Value));
        Assert.Equal(pageLink, channel.Element("link")!.Value);
        Assert.NotNull(channel.Element("description"));
        var items = channel.Elements("item").ToList();
        Assert.InRange(items.Count, 1, 20);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")!.Value));
            Assert.Matches(@"^http://localhost/article/\d+$", item.Element("link")!.Value);
            Assert.Equal(item.Element("link")!.Value, item.Element("guid")!.Value);
            Assert.True(DateTime.TryParseExact(item.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        }
        var seedUrl = $"http://localhost/article/{await TestArticles.SeedIdAsync(app)}";
        if (url.Contains("city-news", StringComparison.Ordinal))
        {
            var seed = items.Single(i => i.Element("link")!.Value == seedUrl);
            Assert.Equal(TestArticles.SeedTitle, seed.Element("title")!.Value);
            Assert.Equal("Tue, 08 May 2007", seed.Element("pubDate")!.Value[..16]);
            Assert.Contains("蹲点调研", seed.Element("description")!.Value);
        }
    }

    [Theory]
    [InlineData("/atom.xml")]
    [InlineData("/channel/city-news/atom.xml")]
    public async Task Atom_has_the_required_elements(string url)
    {
        var xml = await GetXmlAsync(url, "application/atom+xml");
        var feed = xml.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("http://localhost" + url, feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, out _));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            Assert.Matches(@"^http://localhost/article/\d+$", entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.Element(Atom + "updated")!.Value);
            Assert.Equal(entry.Element(Atom + "id")!.Value, entry.Element(Atom + "link")!.Attribute("href")!.Value);
        }
    }

    [Fact]
    public async Task Feed_text_with_markup_stays_text()
    {
        await TestArticles.PublishAsync(app, "notices", "<b>加粗</b> & 标题 ]]>", "<p>正文 &lt;script&gt;</p>");
        var xml = await GetXmlAsync("/channel/notices/rss.xml", "application/rss+xml");
        var item = xml.Root!.Element("channel")!.Elements("item").First();
        Assert.Equal("<b>加粗</b> & 标题 ]]>", item.Element("title")!.Value);
        Assert.Equal("正文 <script>", item.Element("description")!.Value);
    }

    [Theory]
    [InlineData("/channel/no-such-channel/rss.xml")]
    [InlineData("/channel/no-such-channel/atom.xml")]
    public async Task Unknown_channel_feeds_are_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(url)).StatusCode);
}

public sealed class FeedTestsOnSqlite(SqliteApp app) : FeedTests(app), IClassFixture<SqliteApp>;
public sealed class FeedTestsOnPostgres(PostgresApp app) : FeedTests(app), IClassFixture<PostgresApp>;
