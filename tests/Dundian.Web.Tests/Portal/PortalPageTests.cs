using System.Net;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Portal;

/// <summary>Home, channel and article pages against the seed article, and the Chinese error pages.</summary>
public abstract class PortalPageTests(DundianApp app)
{
    private async Task<string> SeedArticleUrlAsync(HttpClient client)
    {
        var home = await client.GetDocumentAsync("/");
        var link = home.QuerySelectorAll("section[aria-labelledby=home-city-news] a")
            .FirstOrDefault(a => a.TextContent.Trim() == SeedFile.Title);
        Assert.NotNull(link);
        return link.GetAttribute("href")!;
    }

    [Fact]
    public async Task Home_lists_the_seed_article_under_city_news_with_a_link()
    {
        var home = await app.CreateClient().GetDocumentAsync("/");
        var block = home.QuerySelector("section[aria-labelledby=home-city-news]");
        Assert.NotNull(block);
        Assert.Equal("全市动态", block.QuerySelector("h2")!.TextContent.Trim());
        var item = block.QuerySelectorAll(".article-list li").Single(li => li.QuerySelector("a")!.TextContent.Trim() == SeedFile.Title);
        Assert.Matches(@"^/article/\d+$", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2007/5/8", item.QuerySelector("time")!.TextContent.Trim());
    }

    [Fact]
    public async Task Article_page_shows_the_seed_text_title_date_and_breadcrumb()
    {
        var client = app.CreateClient();
        var response = await client.GetAsync(await SeedArticleUrlAsync(client));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);

        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal(SeedFile.Title, doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("时间:2007/5/8", doc.QuerySelector(".article-meta")!.TextContent);
        Assert.Contains("来源:", doc.QuerySelector(".article-meta")!.TextContent);
        Assert.Equal(Html.Squash(SeedFile.Body), Html.Squash(doc.GetElementById("article-body")!.TextContent));
        Assert.Equal(6, doc.QuerySelectorAll("#article-body p").Length);
        var crumbs = doc.QuerySelectorAll("nav.breadcrumb li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["首页", "全市动态"], crumbs);
    }

    [Fact]
    public async Task Every_channel_in_the_bar_lists_at_least_one_article()
    {
        var client = app.CreateClient();
        var home = await client.GetDocumentAsync("/");
        var bar = home.QuerySelectorAll("nav.channel-bar a").ToList();
        Assert.Equal(["首页", "头条", "时讯", "公告", "任免", "专题"], bar.Select(a => a.TextContent.Trim()));
        Assert.Equal("/", bar[0].GetAttribute("href"));
        foreach (var link in bar.Skip(1))
        {
            var response = await client.GetAsync(link.GetAttribute("href"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.NotEmpty(page.QuerySelectorAll(".article-list li a"));
            var crumbs = page.QuerySelectorAll("nav.breadcrumb li").Select(li => li.TextContent.Trim());
            Assert.Equal(["首页", link.TextContent.Trim()], crumbs);
        }
    }

    [Theory]
    [InlineData("/channel/headlines?page=99")]
    [InlineData("/channel/headlines?page=0")]
    [InlineData("/channel/headlines?page=abc")]
    [InlineData("/channel/no-such-channel")]
    [InlineData("/article/999999")]
    public async Task Unknown_pages_are_404_in_chinese(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("您访问的页面不存在", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/", doc.QuerySelectorAll("main a").Last().GetAttribute("href"));
    }

    [Fact]
    public async Task Channel_page_one_exists_even_for_the_last_page()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/channel/city-news?page=1");
        Assert.Equal("全市动态", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(doc.QuerySelectorAll(".article-list a"), a => a.TextContent.Trim() == SeedFile.Title);
        // The demo gives 全市动态 a second page; a channel of one page has no pager.
        Assert.NotNull(doc.QuerySelector(".pager a[href='/channel/city-news?page=2']"));
        var single = await app.CreateClient().GetDocumentAsync("/channel/topics");
        Assert.Null(single.QuerySelector(".pager"));
    }

    [Fact]
    public async Task Channel_pages_hold_20_articles_newest_first_with_a_chinese_pager()
    {
        const string slug = "paging-test";
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var channel = new Channel { Slug = slug, Name = "分页测试", SortOrder = 99 };
            var day = new DateTime(2007, 1, 1, 1, 0, 0, DateTimeKind.Utc);
            for (var i = 1; i <= 25; i++)
                db.Articles.Add(new Article { Channel = channel, Title = $"分页文章{i:00}", Status = ArticleStatus.Published,
                    PublishedAt = day.AddDays(i), CreatedAt = day, UpdatedAt = day });
            db.Articles.Add(new Article { Channel = channel, Title = "草稿不应出现", Status = ArticleStatus.Draft, CreatedAt = day, UpdatedAt = day });
            return await db.SaveChangesAsync();
        });
        var client = app.CreateClient();

        var first = await client.GetDocumentAsync($"/channel/{slug}");
        var titles = first.QuerySelectorAll(".article-list a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(20, titles.Count);
        Assert.Equal("分页文章25", titles[0]);
        Assert.Contains("第 1 页 / 共 2 页", first.QuerySelector(".pager")!.TextContent);
        Assert.Equal($"/channel/{slug}?page=2", first.QuerySelectorAll(".pager a").Single(a => a.TextContent == "下一页").GetAttribute("href"));
        Assert.DoesNotContain(first.QuerySelectorAll(".pager a"), a => a.TextContent == "上一页");

        var second = await client.GetDocumentAsync($"/channel/{slug}?page=2");
        Assert.Equal(["分页文章05", "分页文章04", "分页文章03", "分页文章02", "分页文章01"],
            second.QuerySelectorAll(".article-list a").Select(a => a.TextContent.Trim()));
        Assert.Contains("第 2 页 / 共 2 页", second.QuerySelector(".pager")!.TextContent);
        Assert.Single(second.QuerySelectorAll(".pager a"), a => a.TextContent == "上一页");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/channel/{slug}?page=3")).StatusCode);
    }

    [Fact]
    public async Task Unpublished_articles_are_404()
    {
        var id = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var channel = await db.Channels.FirstAsync(c => c.Slug == "news");
            var now = DateTime.UtcNow;
            var draft = new Article { ChannelId = channel.Id, Title = "未发布的稿件", Status = ArticleStatus.Draft, CreatedAt = now, UpdatedAt = now };
            db.Articles.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/article/{id}")).StatusCode);
    }

    [Theory]
    [InlineData(403, "您没有权限访问此页面")]
    [InlineData(500, "服务器开小差了,请稍后再试")]
    public async Task Error_pages_keep_their_status_and_speak_chinese(int code, string heading)
    {
        var response = await app.CreateClient().GetAsync($"/error/{code}");
        Assert.Equal((HttpStatusCode)code, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal(heading, doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("nav.channel-bar"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/channel/news")]
    [InlineData("/article/1")]
    [InlineData("/article/999999")]
    public async Task Pages_have_no_inline_script_or_style_which_the_csp_would_block(string url)
    {
        var doc = await Html.ParseAsync(await app.CreateClient().GetAsync(url));
        Assert.Empty(doc.QuerySelectorAll("[style], style"));
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }
}

public sealed class PortalPageTestsOnSqlite(SqliteApp app) : PortalPageTests(app), IClassFixture<SqliteApp>;
public sealed class PortalPageTestsOnPostgres(PostgresApp app) : PortalPageTests(app), IClassFixture<PostgresApp>;
