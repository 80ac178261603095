using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Content;
using Dundian.Core.HomePage;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Portal;

/// <summary>
/// The 党建网 home page: its default blocks from the demo, the editor's arrangement at /manage/home (root-unit editors
/// only, audited, all-or-nothing, evicting the cached page), friend links, the article page's neighbours, and the
/// demo's depth (every main channel has a second page, pictured items carry alt text).
/// </summary>
public abstract class HomePageTests(DundianApp app)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> ChannelAsync(string slug) => app.DbAsync(db => db.Channels.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task Default_home_shows_headline_focus_channel_blocks_topics_services_ranking_and_links()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/");
        // 头条: the newest 头条 article with its summary.
        var lead = await app.DbAsync(db => db.Articles.Where(a => a.Channel!.Slug == "headlines" && a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Title).FirstAsync());
        Assert.Equal(lead, doc.QuerySelector(".home-headline-title a")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector(".home-headline-summary")!.TextContent));
        // 焦点图: pictured articles, each picture with alt text and its size reserved.
        var slides = doc.QuerySelectorAll(".focus-slide img");
        Assert.InRange(slides.Length, 2, 5);
        Assert.All(slides, img =>
        {
            Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
            Assert.Equal("640", img.GetAttribute("width"));
        });
        Assert.NotNull(doc.QuerySelector("[data-focus-pause]"));
        // The picture channel is drawn as cards, a text channel as a list.
        Assert.NotEmpty(doc.QuerySelectorAll(".home-block-pictures .article-card img"));
        Assert.NotEmpty(doc.QuerySelectorAll(".home-block-text .article-list li"));
        Assert.Null(doc.QuerySelector("#home-about"));
        // 专题 with the campaign's live figures, the same as its own page.
        var figures = doc.QuerySelectorAll(".topic-banner-campaign .topic-figure strong");
        Assert.Equal(6, figures.Length);
        var campaignUrl = doc.QuerySelector(".topic-banner-campaign")!.GetAttribute("href")!;
        var campaignPage = await app.CreateClient().GetDocumentAsync(campaignUrl);
        var stationedDays = campaignPage.QuerySelector("[data-key=stationed-days] .campaign-grid-value")!.TextContent;
        Assert.Equal(Html.Squash(stationedDays), Html.Squash(figures[0].TextContent));
        Assert.Contains(doc.QuerySelectorAll(".topic-banner"), a => a.GetAttribute("href") == "/topics/xiangshan-dundian");
        var services = doc.QuerySelectorAll(".service-tiles a").Select(a => a.TextContent.Trim()).ToList();
        foreach (var name in new[] { "我要反映", "办件查询", "公开承诺", "留言板", "实事项目", "简报" })
            Assert.Contains(services, s => s.EndsWith(name, StringComparison.Ordinal));
        // 点击排行 follows the stored view counts.
        var mostRead = await app.DbAsync(db => db.Articles.Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.ViewCount).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Title).FirstAsync());
        Assert.Equal(mostRead, doc.QuerySelector(".home-ranking .ranking-list a")!.TextContent.Trim());
        Assert.Contains(doc.QuerySelectorAll(".home-links a"), a => a.TextContent == "共产党员网");
    }

    [Fact]
    public async Task Every_main_channel_has_a_second_page_and_pictured_demo_articles_have_alt_text()
    {
        var reader = app.CreateClient();
        foreach (var slug in new[] { "headlines", "news", "notices", "appointments", "city-news", "photos" })
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/channel/{slug}?page=2")).StatusCode);
        var covers = await app.DbAsync(db => db.Articles.Where(a => a.CoverImageId != null)
            .Select(a => db.StoredFiles.Where(f => f.Id == a.CoverImageId).Select(f => new { f.AltText, f.ContentType, f.IsPublic }).First()).ToListAsync());
        Assert.True(covers.Count >= 20);
        Assert.All(covers, c => { Assert.StartsWith("示意插图", c.AltText); Assert.Equal("image/webp", c.ContentType); Assert.True(c.IsPublic); });
        var someCover = await app.DbAsync(db => db.Articles.Where(a => a.CoverImageId != null).Select(a => a.CoverImageId).FirstAsync());
        var picture = await reader.GetAsync($"/files/{someCover}");
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.True((await picture.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task Editor_arranges_the_home_page_and_the_cached_page_follows()
    {
        var reader = app.CreateClient();
        Assert.Contains("home-ranking", await (await reader.GetAsync("/")).Content.ReadAsStringAsync());
        var demoLinksBefore = await app.DbAsync(db => db.FriendLinks.OrderBy(l => l.SortOrder).Select(l => new { l.Name, l.Url }).ToListAsync());
        var (countyEditor, _) = await app.SignInAsync(StaffRole.Editor, "象山县", "homecounty", ConcernClients.NewIp());
        Assert.StartsWith("/account/access-denied", (await countyEditor.GetAsync("/manage/home")).RedirectTarget());
        var (editor, editorUser) = await app.SignInAsync(StaffRole.Editor, "宁波市", "homeeditor", ConcernClients.NewIp());
        var notices = await ChannelAsync("notices");
        var news = await ChannelAsync("news");

        // A refused arrangement (count out of range) changes nothing and says why in Chinese.
        var refused = await editor.PostFormAsync("/manage/home", new Dictionary<string, string>
        {
            ["Rows[0].Order"] = "1", ["Rows[0].Kind"] = "Channel", ["Rows[0].ChannelId"] = Id(notices), ["Rows[0].ItemCount"] = "99",
        }, "/manage/home?handler=Sections");
        Assert.Contains(Html.Squash("条数须在 1 到 20 之间"), Html.Squash(await refused.TextAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.HomeSections.CountAsync()));

        // 公告 first with 3 items, then 时讯 with 2; the ranking removed; the order comes from the numbers, not the rows.
        var saved = await editor.PostFormAsync("/manage/home", new Dictionary<string, string>
        {
            ["Rows[0].Order"] = "20", ["Rows[0].Kind"] = "Channel", ["Rows[0].ChannelId"] = Id(news), ["Rows[0].ItemCount"] = "2",
            ["Rows[1].Order"] = "10", ["Rows[1].Kind"] = "Channel", ["Rows[1].ChannelId"] = Id(notices), ["Rows[1].ItemCount"] = "3",
            ["Rows[2].Order"] = "30", ["Rows[2].Kind"] = "Ranking", ["Rows[2].ItemCount"] = "5", ["Rows[2].Remove"] = "true",
            ["Rows[3].Order"] = "40", ["Rows[3].Kind"] = "", ["Rows[3].ItemCount"] = "7",
        }, "/manage/home?handler=Sections");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == editorUser.Id && a.EntityType == nameof(HomeSection))));

        var doc = await reader.GetDocumentAsync("/");
        var blocks = doc.QuerySelectorAll(".home-grid > section, .home-grid > nav").Select(e => e.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(["home-notices", "home-news"], blocks);
        Assert.Equal(3, doc.QuerySelectorAll("[aria-labelledby=home-notices] .article-list li").Length);
        Assert.Equal(2, doc.QuerySelectorAll("[aria-labelledby=home-news] .article-list li").Length);
        Assert.Null(doc.QuerySelector(".home-ranking"));

        // Friend links: a javascript: address is refused, a web address kept.
        var badLink = await editor.PostFormAsync("/manage/home", new Dictionary<string, string>
        {
            ["Links[0].Order"] = "1", ["Links[0].Name"] = "坏链接", ["Links[0].Url"] = "javascript:alert(1)",
        }, "/manage/home?handler=Links");
        Assert.Contains(Html.Squash("地址须以 http:// 、https:// 或 / 开头"), Html.Squash(await badLink.TextAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/manage/home", new Dictionary<string, string>
        {
            ["Rows[0].Order"] = "1", ["Rows[0].Kind"] = "Links", ["Rows[0].ItemCount"] = "10",
        }, "/manage/home?handler=Sections")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/manage/home", new Dictionary<string, string>
        {
            ["Links[0].Order"] = "1", ["Links[0].Name"] = "浙江在线", ["Links[0].Url"] = "https://www.zjol.com.cn/",
        }, "/manage/home?handler=Links")).StatusCode);
        var links = (await reader.GetDocumentAsync("/")).QuerySelectorAll(".home-links a").Select(a => a.TextContent).ToList();
        Assert.Equal(["浙江在线"], links);

        // Back to the default arrangement and the demo's links: the other tests of this class share the database, and
        // xUnit's order differs between machines (it hashes the assembly's path), so nothing may be left behind.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/manage/home", new Dictionary<string, string>(), "/manage/home?handler=Reset")).StatusCode);
        var demoLinks = new Dictionary<string, string>();
        foreach (var (link, i) in demoLinksBefore.Select((l, i) => (l, i)))
        {
            demoLinks[$"Links[{i}].Order"] = Id(i + 1);
            demoLinks[$"Links[{i}].Name"] = link.Name;
            demoLinks[$"Links[{i}].Url"] = link.Url;
        }
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync("/manage/home", demoLinks, "/manage/home?handler=Links")).StatusCode);
        var after = await reader.GetDocumentAsync("/");
        Assert.NotNull(after.QuerySelector(".home-ranking"));
        Assert.Equal(demoLinksBefore.Select(l => l.Name), after.QuerySelectorAll(".home-links a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Article_page_links_previous_next_related_and_most_read()
    {
        var ids = await app.DbAsync(db => db.Articles.Where(a => a.Channel!.Slug == "news" && a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id).Take(3).ToListAsync());
        var doc = await app.CreateClient().GetDocumentAsync($"/article/{ids[1]}");
        Assert.Equal($"/article/{ids[2]}", doc.QuerySelector(".article-pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal($"/article/{ids[0]}", doc.QuerySelector(".article-pager a[rel=next]")!.GetAttribute("href"));
        var related = doc.QuerySelectorAll(".article-related .article-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(related);
        Assert.DoesNotContain($"/article/{ids[1]}", related);
        Assert.Equal(10, doc.QuerySelectorAll(".article-side .ranking-list li").Length);
    }
}

public sealed class HomePageTestsOnSqlite(SqliteApp app) : HomePageTests(app), IClassFixture<SqliteApp>;
public sealed class HomePageTestsOnPostgres(PostgresApp app) : HomePageTests(app), IClassFixture<PostgresApp>;
