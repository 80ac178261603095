using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Dundian.Core.Accounts;
using Dundian.Core.Bulletins;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Bulletins;

/// <summary>
/// The bulletins as the public and the office meet them: the topic page's links, the list and the issue pages with
/// printed beside today's figures, the .docx downloads, and the office's workflow pages with their refusals and scope.
/// </summary>
public abstract class BulletinPageTests(DundianApp app)
{
    [Fact]
    public async Task Public_reads_the_21_demo_issues_from_the_topic_page_and_downloads_them_as_word()
    {
        var client = app.CreateClient();
        var campaign = await app.CountyCampaignIdAsync();
        var topic = await client.GetDocumentAsync($"/topics/campaign/{campaign}");
        var link = topic.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "简报");
        Assert.Equal($"/topics/campaign/{campaign}/bulletins", link.GetAttribute("href"));
        var anthologyLink = topic.QuerySelectorAll("a").First(a => a.TextContent.Contains("手记汇编", StringComparison.Ordinal));

        var list = await client.GetDocumentAsync(link.GetAttribute("href")!);
        var issues = list.QuerySelector(".bulletin-list")!.QuerySelectorAll("li > a:first-child").Select(a => Html.Squash(a.TextContent)).ToList();
        Assert.Equal(21, issues.Count);
        Assert.StartsWith("第21期", issues[0]);
        Assert.StartsWith("第1期", issues[^1]);
        var all = await client.GetDocumentAsync("/bulletins");
        Assert.Contains("蹲点调研活动简报", Html.Squash(all.Body!.TextContent));
        // The service entry shows the latest five and links to all of them.
        Assert.All(all.QuerySelectorAll(".bulletin-list"), list => Assert.InRange(list.QuerySelectorAll("li").Length, 1, 5));
        Assert.Equal(link.GetAttribute("href"), all.QuerySelectorAll("a").Single(a => a.TextContent.Contains("查看全部21期", StringComparison.Ordinal)).GetAttribute("href"));

        var lastId = await app.DbAsync(db => db.Bulletins.Where(b => b.Series!.CampaignId == campaign && b.Number == 21).Select(b => b.Id).SingleAsync());
        var page = await client.GetDocumentAsync($"/bulletins/{lastId}");
        Assert.Equal("蹲点调研活动简报", page.QuerySelector(".bulletin-series")!.TextContent);
        Assert.Equal("第21期", page.QuerySelector(".bulletin-number")!.TextContent);
        Assert.Contains("走访农户471户", page.QuerySelector(".bulletin-statistics")!.TextContent);
        var visited = page.QuerySelector("tr[data-key='households-visited']")!;
        Assert.Equal(("471户", "471户"), (visited.QuerySelector(".printed")!.TextContent, visited.QuerySelector(".today")!.TextContent));
        Assert.Contains("与印发时一致", visited.TextContent);
        Assert.Null(page.QuerySelector("main form, article form")); // nothing that would keep the page out of an output cache

        var docx = await client.GetAsync($"/bulletins/{lastId}.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("第21期", text);
            Assert.Contains("累计进村蹲点调研时间达219天", text);
            Assert.Contains("(共印120份)", text);
        }

        var anthology = await client.GetAsync(anthologyLink.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, anthology.StatusCode);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await anthology.Content.ReadAsByteArrayAsync()), false))
        {
            var titles = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                .Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1");
            Assert.Equal(36, titles);
        }
    }

    [Fact]
    public async Task Office_takes_a_draft_through_review_and_issue_and_bad_moves_show_chinese_messages()
    {
        var (client, user) = await app.SignInOfficeAsync();
        var campaign = await app.CountyCampaignIdAsync();
        Assert.Contains("蹲点调研活动简报", Html.Squash((await client.GetDocumentAsync("/manage/bulletins")).Body!.TextContent));
        // A series of its own (the demo series' list is read by the other test).
        var newSeries = new Dictionary<string, string> { ["campaignId"] = campaign.ToString(), ["name"] = "测试简报", ["issuingUnit"] = "县主题实践活动办公室" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/manage/bulletins", newSeries, "/manage/bulletins?handler=NewSeries")).StatusCode);
        Assert.Contains("本活动已有同名的简报", Html.Squash(await (await client.PostFormAsync("/manage/bulletins", newSeries, "/manage/bulletins?handler=NewSeries")).Content.ReadAsStringAsync()));
        var seriesId = await app.DbAsync(db => db.BulletinSeries.Where(s => s.CampaignId == campaign && s.Name == "测试简报").Select(s => s.Id).SingleAsync());

        var created = await client.PostFormAsync("/manage/bulletins", new Dictionary<string, string> { ["seriesId"] = seriesId.ToString() }, "/manage/bulletins?handler=NewDraft");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.RedirectTarget();
        var id = int.Parse(url.Split('/').Last());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/bulletins/{id}")).StatusCode); // a draft is not public

        // Empty and without a cut-off: 送审 refused, nothing changes.
        var refused = await client.PostFormAsync(url, new Dictionary<string, string>(), $"{url}?handler=Submit");
        Assert.Contains("请填写统计截止日期", Html.Squash(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(BulletinStatus.Draft, await StatusAsync(id));

        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "测试一期", ["Input.CutOff"] = "2007-05-31", ["Input.StatisticsTemplate"] = "据统计,截至{截止日期},走访农户{households-visited}。",
            ["Input.Editor"] = "陈静", ["Input.Signer"] = "", ["Input.ReportTo"] = "市委组织部", ["Input.SendTo"] = "", ["Input.DistributeTo"] = "", ["Input.Copies"] = "40",
        };
        var typed = new Dictionary<string, string>(form) { ["Input.StatisticsTemplate"] = "据统计,走访农户500户。" };
        Assert.Contains("数字只能由占位符生成", Html.Squash(await (await client.PostFormAsync(url, typed, $"{url}?handler=Save")).Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, $"{url}?handler=Save")).StatusCode);
        Assert.Contains("走访农户471户", Html.Squash((await client.GetDocumentAsync(url)).QuerySelector("#preview-statistics")!.TextContent));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, new Dictionary<string, string>(), $"{url}?handler=Submit")).StatusCode);
        var noSigner = await client.PostFormAsync(url, new Dictionary<string, string> { ["signer"] = "" }, $"{url}?handler=Sign");
        Assert.Contains("请填写签发人", Html.Squash(await noSigner.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, new Dictionary<string, string> { ["signer"] = "王建国" }, $"{url}?handler=Sign")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, new Dictionary<string, string>(), $"{url}?handler=Issue")).StatusCode);
        var issued = await app.DbAsync(db => db.Bulletins.Include(b => b.Figures).SingleAsync(b => b.Id == id));
        Assert.Equal((BulletinStatus.Issued, 1, "据统计,截至2007年5月31日,走访农户471户。"), (issued.Status, issued.Number!.Value, issued.StatisticsText!));
        Assert.Equal(471, Assert.Single(issued.Figures).Value);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Bulletin) && a.UserId == user.Id)));

        // The printed records of the figure, staff-side.
        var drill = await client.GetDocumentAsync($"/manage/bulletins/{id}/figures/households-visited");
        Assert.Equal("471户", drill.QuerySelector("#printed-value")!.TextContent);
        Assert.NotEmpty(drill.QuerySelectorAll("#printed-rows tbody tr"));

        // Issued text cannot be edited; withdrawal needs a reason and keeps the number.
        Assert.Contains("不能修改", Html.Squash(await (await client.PostFormAsync(url, form, $"{url}?handler=Save")).Content.ReadAsStringAsync()));
        Assert.Contains("撤回时必须填写理由", Html.Squash(await (await client.PostFormAsync(url, new Dictionary<string, string> { ["reason"] = "" }, $"{url}?handler=Withdraw")).Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, new Dictionary<string, string> { ["reason"] = "测试撤回" }, $"{url}?handler=Withdraw")).StatusCode);
        var publicPage = await app.CreateClient().GetDocumentAsync($"/bulletins/{id}");
        Assert.Contains("已撤回", publicPage.QuerySelector(".bulletin-withdrawn")!.TextContent);
        Assert.Contains("测试撤回", publicPage.QuerySelector(".bulletin-withdrawn")!.TextContent);
        Assert.Equal(1, await app.DbAsync(db => db.Bulletins.Where(b => b.Id == id).Select(b => b.Number!.Value).SingleAsync()));
    }

    [Fact]
    public async Task A_town_office_cannot_reach_the_county_campaigns_bulletins()
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, "石浦镇");
        var campaign = await app.CountyCampaignIdAsync();
        var (seriesId, bulletinId) = await app.DbAsync(async db =>
        {
            var b = await db.Bulletins.Where(x => x.Series!.CampaignId == campaign).OrderBy(x => x.Number).FirstAsync();
            return (b.SeriesId, b.Id);
        });
        // Forbid: the cookie scheme answers with a redirect to the access-denied page.
        Assert.StartsWith("/account/access-denied", (await client.GetAsync($"/manage/bulletins/{bulletinId}")).RedirectTarget());
        Assert.StartsWith("/account/access-denied", (await client.GetAsync($"/manage/bulletins/{bulletinId}/figures/households-visited")).RedirectTarget());
        Assert.DoesNotContain("县级领导班子成员", (await client.GetDocumentAsync("/manage/bulletins")).Body!.TextContent);
        var before = await app.DbAsync(db => db.Bulletins.CountAsync());
        var post = await client.PostFormAsync("/manage/bulletins", new Dictionary<string, string> { ["seriesId"] = seriesId.ToString() }, "/manage/bulletins?handler=NewDraft");
        Assert.StartsWith("/account/access-denied", post.RedirectTarget());
        Assert.Equal(before, await app.DbAsync(db => db.Bulletins.CountAsync()));
    }

    private Task<BulletinStatus> StatusAsync(int id) => app.DbAsync(db => db.Bulletins.Where(b => b.Id == id).Select(b => b.Status).SingleAsync());
}

public sealed class BulletinPageTestsOnSqlite(SqliteApp app) : BulletinPageTests(app), IClassFixture<SqliteApp>;
public sealed class BulletinPageTestsOnPostgres(PostgresApp app) : BulletinPageTests(app), IClassFixture<PostgresApp>;
