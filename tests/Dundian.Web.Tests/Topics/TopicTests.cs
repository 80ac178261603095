using System.Net;
using System.Net.Http.Headers;
using Dundian.Core.Accounts;
using Dundian.Core.Topics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Dundian.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Topics;

/// <summary>专题: the demo topic's composed page, composing one as an editor (add, move, remove, publish, banner), and scope.</summary>
public abstract class TopicTests(DundianApp app)
{
    private const string DemoUrl = "/topics/xiangshan-dundian";

    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private Task<(HttpClient Client, AppUser User)> SignInAsync(StaffRole role, string unit) =>
        app.SignInAsync(role, unit, "topic", ConcernClients.NewIp());

    private static List<string> Headings(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll("section.topic-section h2").Select(h => h.TextContent.Trim()).ToList();

    private static Task<HttpResponseMessage> StepAsync(HttpClient staff, int id, string handler, Dictionary<string, string> fields) =>
        staff.PostFormAsync($"/manage/topics/{id}", fields, $"/manage/topics/{id}?handler={handler}");

    [Fact]
    public async Task The_demo_topic_shows_its_sections_in_order_with_the_campaigns_live_figures()
    {
        var channel = await app.CreateClient().GetDocumentAsync("/channel/topics");
        Assert.NotNull(channel.QuerySelector($"a[href='{DemoUrl}']"));

        var page = await app.CreateClient().GetDocumentAsync(DemoUrl);
        Assert.Equal(["活动成效(实时统计)", "重点报道", "蹲点手记", "公开履职承诺", "全市动态"], Headings(page));
        var campaignId = await app.DbAsync(db => db.Campaigns.Where(c => c.Tier == Dundian.Core.Campaigns.CampaignTier.County).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var campaignPage = await app.CreateClient().GetDocumentAsync($"/topics/campaign/{campaignId}");
        // The same statistics service and paragraph as the campaign's own page.
        Assert.Equal(campaignPage.GetElementById("campaign-statistics")!.TextContent.Trim(),
            page.QuerySelector("[data-section-kind=CampaignFigures] .campaign-figures-text")!.TextContent.Trim());
        Assert.Contains("219", page.QuerySelector("[data-section-kind=CampaignFigures] li[data-key]")!.ParentElement!.TextContent);
        Assert.Contains(SeedFile.Title, page.QuerySelector("[data-section-kind=PickedArticles]")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("[data-section-kind=Commitments] li a[href^='/commitments/']"));
        Assert.Equal("专题", page.QuerySelectorAll("nav.breadcrumb li")[1].TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/topics/no-such-topic")).StatusCode);
    }

    [Fact]
    public async Task An_editor_composes_a_topic_and_publishes_it_and_every_step_is_audited()
    {
        var (editor, user) = await SignInAsync(StaffRole.Editor, "象山县");
        var slug = "test-" + Guid.NewGuid().ToString("N")[..8];
        var created = await editor.PostFormAsync("/manage/topics", new Dictionary<string, string>
        {
            ["Title"] = "测试专题", ["Slug"] = slug, ["OwnerUnitId"] = (await app.OrgUnitIdAsync("象山县")).ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.DbAsync(db => db.SpecialTopics.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/topics/" + slug)).StatusCode);

        var headlines = await app.DbAsync(db => db.Channels.Where(c => c.Slug == "headlines").Select(c => c.Id).SingleAsync());
        var seed = await app.DbAsync(db => db.Articles.Where(a => a.Title == SeedFile.Title).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(editor, id, "AddSection", new() { ["kind"] = "ChannelLatest", ["heading"] = "头条新闻", ["reference"] = headlines.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(editor, id, "AddSection", new() { ["kind"] = "PickedArticles", ["heading"] = "精选", ["reference"] = $"{seed}" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(editor, id, "AddSection", new() { ["kind"] = "Commitments", ["heading"] = "承诺" })).StatusCode);
        var missing = await StepAsync(editor, id, "AddSection", new() { ["kind"] = "PickedArticles", ["reference"] = "999999" });
        Assert.Contains(Html.Squash("找不到编号为 999999 的文章。"), await missing.TextAsync());
        var sections = await app.DbAsync(db => db.TopicSections.Where(s => s.TopicId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync());
        Assert.Equal(3, sections.Count);

        // Move 承诺 to the top, remove 精选, publish.
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(editor, id, "Move", new() { ["sectionId"] = sections[2].ToString(), ["step"] = "-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(editor, id, "Move", new() { ["sectionId"] = sections[2].ToString(), ["step"] = "-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(editor, id, "Remove", new() { ["sectionId"] = sections[1].ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(editor, id, "Basics", new()
        {
            ["title"] = "测试专题", ["slug"] = slug, ["intro"] = "导语文字", ["published"] = "true",
        })).StatusCode);

        var page = await app.CreateClient().GetDocumentAsync("/topics/" + slug);
        Assert.Equal(["承诺", "头条新闻"], Headings(page));
        Assert.Equal("导语文字", page.QuerySelector(".topic-intro")!.TextContent.Trim());
        Assert.NotNull((await app.CreateClient().GetDocumentAsync("/channel/topics")).QuerySelector($"a[href='/topics/{slug}']"));
        Assert.True(await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == user.Id && a.EntityType == nameof(TopicSection))) >= 4);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == user.Id && a.EntityType == nameof(SpecialTopic))));
    }

    [Fact]
    public async Task A_banner_needs_alt_text_and_an_image_and_is_shown_with_its_alt()
    {
        var (editor, _) = await SignInAsync(StaffRole.Editor, "宁波市");
        var id = await app.DbAsync(db => db.SpecialTopics.Where(t => t.Slug == "xiangshan-dundian").Select(t => t.Id).SingleAsync());

        async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string name, string alt)
        {
            var form = await editor.GetDocumentAsync($"/manage/topics/{id}");
            var content = new MultipartFormDataContent
            {
                { new StringContent(Html.AntiforgeryToken(form)), "__RequestVerificationToken" },
                { new StringContent(alt), "bannerAlt" },
            };
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "banner", name);
            return await editor.PostAsync($"/manage/topics/{id}?handler=Banner", content);
        }

        Assert.Contains("请填写横幅图片的文字说明", await (await UploadAsync(Png, "banner.png", " ")).TextAsync());
        Assert.Contains("不支持的文件类型", await (await UploadAsync(Png, "banner.exe", "渔村全景")).TextAsync());
        Assert.Contains("不符", await (await UploadAsync("not an image"u8.ToArray(), "banner.png", "渔村全景")).TextAsync());
        Assert.Null(await app.DbAsync(db => db.SpecialTopics.Where(t => t.Id == id).Select(t => t.BannerFileId).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(Png, "banner.png", "东门渔村全景")).StatusCode);
        var img = (await app.CreateClient().GetDocumentAsync(DemoUrl)).QuerySelector("img.topic-banner-image");
        Assert.NotNull(img);
        Assert.Equal("东门渔村全景", img.GetAttribute("alt"));
        var served = await app.CreateClient().GetAsync(img.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task Staff_outside_the_topics_unit_cannot_open_or_change_it()
    {
        var id = await app.DbAsync(db => db.SpecialTopics.Where(t => t.Slug == "xiangshan-dundian").Select(t => t.Id).SingleAsync());
        var (townEditor, _) = await SignInAsync(StaffRole.Editor, "石浦镇");
        Assert.StartsWith("/account/access-denied", (await townEditor.GetAsync($"/manage/topics/{id}")).RedirectTarget());
        var section = await app.DbAsync(db => db.TopicSections.Where(s => s.TopicId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());
        var forged = await townEditor.PostFormAsync("/manage/topics", new Dictionary<string, string> { ["sectionId"] = section.ToString() },
            $"/manage/topics/{id}?handler=Remove");
        Assert.StartsWith("/account/access-denied", forged.RedirectTarget());
        Assert.True(await app.DbAsync(db => db.TopicSections.AnyAsync(s => s.Id == section)));
        Assert.DoesNotContain("xiangshan-dundian", (await townEditor.GetDocumentAsync("/manage/topics")).QuerySelector("table.topics")!.TextContent);
        var (cadre, _) = await SignInAsync(StaffRole.Cadre, "象山县");
        Assert.StartsWith("/account/access-denied", (await cadre.GetAsync("/manage/topics")).RedirectTarget());
    }
}

public sealed class TopicTestsOnSqlite(SqliteApp app) : TopicTests(app), IClassFixture<SqliteApp>;
public sealed class TopicTestsOnPostgres(PostgresApp app) : TopicTests(app), IClassFixture<PostgresApp>;
