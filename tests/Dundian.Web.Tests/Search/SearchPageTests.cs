using System.Net;
using AngleSharp.Dom;
using Dundian.Testing;
using Xunit;

namespace Dundian.Web.Tests.Search;

/// <summary>GET /search: jieba words, highlighting, filters, the empty cases and escaping of hostile titles.</summary>
public abstract class SearchPageTests(DundianApp app)
{
    private static IElement? SeedHit(IDocument doc) =>
        doc.QuerySelectorAll(".search-hit").FirstOrDefault(h => h.QuerySelector("h2 a")!.TextContent.Trim() == TestArticles.SeedTitle);

    private static string Url(string query, string extra = "") => "/search?q=" + Uri.EscapeDataString(query) + extra;

    [Fact]
    public async Task Searching_dundian_diaoyan_finds_the_seed_article_with_the_words_marked()
    {
        var doc = await app.CreateClient().GetDocumentAsync(Url("蹲点调研"));
        var hit = SeedHit(doc);
        Assert.NotNull(hit);
        Assert.Equal($"/article/{await TestArticles.SeedIdAsync(app)}", hit.QuerySelector("h2 a")!.GetAttribute("href"));
        var titleMarks = string.Concat(hit.QuerySelectorAll("h2 mark").Select(m => m.TextContent));
        Assert.Contains("蹲点", titleMarks);
        Assert.Contains("调研", titleMarks);
        Assert.NotEmpty(hit.QuerySelectorAll(".search-snippet mark"));
        Assert.Equal("全市动态", hit.QuerySelector(".search-channel")!.TextContent.Trim());
        Assert.Equal("2007/5/8", hit.QuerySelector("time")!.TextContent.Trim());
        Assert.Equal("蹲点调研", doc.QuerySelector("#site-search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Searching_a_name_finds_the_seed_article_with_the_name_as_one_word()
    {
        var hit = SeedHit(await app.CreateClient().GetDocumentAsync(Url("周江勇")));
        Assert.NotNull(hit);
        Assert.Contains(hit.QuerySelectorAll(".search-snippet mark"), m => m.TextContent == "周江勇");
    }

    [Fact]
    public async Task The_channel_filter_keeps_or_drops_the_seed_article()
    {
        var client = app.CreateClient();
        Assert.NotNull(SeedHit(await client.GetDocumentAsync(Url("蹲点调研", "&channel=city-news"))));
        var other = await client.GetDocumentAsync(Url("蹲点调研", "&channel=headlines"));
        Assert.NotEmpty(other.QuerySelectorAll(".search-hit"));
        Assert.Null(SeedHit(other));
        Assert.All(other.QuerySelectorAll(".search-channel"), c => Assert.Equal("头条", c.TextContent.Trim()));
    }

    [Fact]
    public async Task The_date_filter_is_inclusive_and_in_china_days()
    {
        var client = app.CreateClient();
        Assert.NotNull(SeedHit(await client.GetDocumentAsync(Url("蹲点调研", "&from=2007-05-08&to=2007-05-08"))));
        Assert.Null(SeedHit(await client.GetDocumentAsync(Url("蹲点调研", "&from=2007-05-09"))));
        Assert.Null(SeedHit(await client.GetDocumentAsync(Url("蹲点调研", "&to=2007-05-07"))));
    }

    [Fact]
    public async Task Newest_order_lists_by_date_descending()
    {
        var doc = await app.CreateClient().GetDocumentAsync(Url("蹲点调研", "&order=newest"));
        var dates = doc.QuerySelectorAll(".search-hit time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.True(dates.Count > 1);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Empty_query_prompts_and_no_match_says_so_in_chinese()
    {
        var client = app.CreateClient();
        var empty = await client.GetAsync("/search");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.NotNull((await Html.ParseAsync(empty)).QuerySelector(".search-prompt"));

        var none = await client.GetDocumentAsync(Url("不存在的词语xyzzy"));
        Assert.Equal("未找到与“不存在的词语xyzzy”相关的内容", none.QuerySelector(".search-empty")!.TextContent.Trim());
    }

    [Fact]
    public async Task Hostile_titles_and_text_are_shown_escaped()
    {
        await TestArticles.PublishAsync(app, "news", "<script>alert('x')</script>跨站脚本演练通报",
            "<p>跨站脚本演练 &lt;img src=x onerror=alert(1)&gt; 结束</p>");
        var response = await app.CreateClient().GetAsync(Url("跨站脚本演练"));
        var html = await response.Content.ReadAsStringAsync();
        var doc = await Html.ParseAsync(response);

        var hit = Assert.Single(doc.QuerySelectorAll(".search-hit"));
        Assert.Contains("<script>alert('x')</script>", hit.QuerySelector("h2 a")!.TextContent);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<img src=x onerror=alert(1)>", hit.QuerySelector(".search-snippet")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("main script, main img"));
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
    }

    [Fact]
    public async Task Every_page_has_a_header_search_box_and_announces_opensearch()
    {
        var client = app.CreateClient();
        var home = await client.GetDocumentAsync("/");
        var form = home.QuerySelector("header form[role=search]");
        Assert.NotNull(form);
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.Equal("/opensearch.xml", home.QuerySelector("link[rel=search][type='application/opensearchdescription+xml']")!.GetAttribute("href"));

        var response = await client.GetAsync("/opensearch.xml");
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var ns = System.Xml.Linq.XNamespace.Get("http://a9.com/-/spec/opensearch/1.1/");
        Assert.Equal("http://localhost/search?q={searchTerms}", xml.Root!.Element(ns + "Url")!.Attribute("template")!.Value);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=%E8%B9%B2%E7%82%B9%E8%B0%83%E7%A0%94")]
    public async Task The_search_page_has_no_inline_script_or_style_which_the_csp_would_block(string url)
    {
        var doc = await Html.ParseAsync(await app.CreateClient().GetAsync(url));
        Assert.Empty(doc.QuerySelectorAll("[style], style"));
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/search?q=%E8%B9%B2%E7%82%B9&page=abc")]
    [InlineData("/search?q=%E8%B9%B2%E7%82%B9&page=99999&from=bad&to=2007-13-45&channel=nope&order=x")]
    [InlineData("/search?q=%22%28%5B%2A%3F%3A%5C")]
    public async Task Odd_input_is_tolerated_not_an_error(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SearchPageTestsOnSqlite(SqliteApp app) : SearchPageTests(app), IClassFixture<SqliteApp>;
public sealed class SearchPageTestsOnPostgres(PostgresApp app) : SearchPageTests(app), IClassFixture<PostgresApp>;
