using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Submissions;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Submissions;

/// <summary>信息报送: units submit, editors adopt or decline, points follow the scoring rules, units are ranked per period.</summary>
public abstract class SubmissionTests(DundianApp app)
{
    private Task<(HttpClient Client, AppUser User)> SignInAsync(StaffRole role, string unit) =>
        app.SignInAsync(role, unit, "submit", ConcernClients.NewIp());

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> ChannelAsync(string slug) => app.DbAsync(db => db.Channels.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    private async Task<int> SubmitAsync(HttpClient client, string unit, string title)
    {
        var response = await client.PostFormAsync("/manage/submissions/new", new Dictionary<string, string>
        {
            ["UnitId"] = Id(await app.OrgUnitIdAsync(unit)), ["Title"] = title, ["Text"] = "东门渔村召开蹲点调研座谈会,听取渔民意见。",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.DbAsync(db => db.Submissions.Where(s => s.Title == title).Select(s => s.Id).SingleAsync());
    }

    private static string Unique(string title) => title + " " + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Adopted_items_score_base_plus_channel_bonus_and_units_are_ranked_by_points()
    {
        // Site-wide rules: set by an editor of the root unit; a county editor may not.
        var (cityEditor, _) = await SignInAsync(StaffRole.Editor, "宁波市");
        var (countyEditor, _) = await SignInAsync(StaffRole.Editor, "象山县");
        Assert.Equal(HttpStatusCode.Redirect, (await countyEditor.GetAsync("/manage/submissions/scoring")).StatusCode);
        Assert.StartsWith("/account/access-denied", (await countyEditor.GetAsync("/manage/submissions/scoring")).RedirectTarget());
        var headlines = await ChannelAsync("headlines");
        var news = await ChannelAsync("news");
        Assert.Equal(HttpStatusCode.Redirect, (await cityEditor.PostFormAsync("/manage/submissions/scoring", new Dictionary<string, string> { ["points"] = "2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await cityEditor.PostFormAsync("/manage/submissions/scoring",
            new Dictionary<string, string> { ["channelId"] = Id(headlines), ["points"] = "3" })).StatusCode);
        var refused = await cityEditor.PostFormAsync("/manage/submissions/scoring", new Dictionary<string, string> { ["points"] = "500" });
        Assert.Contains(Html.Squash("分值应在 0–100 之间。"), await refused.TextAsync());
        Assert.Equal(2, await app.DbAsync(db => db.ScoringRules.Where(r => r.ChannelId == null).Select(r => r.Points).SingleAsync()));

        var (shipu, shipuUser) = await SignInAsync(StaffRole.Cadre, "石浦镇");
        var (danxi, _) = await SignInAsync(StaffRole.Cadre, "丹西街道");
        var first = await SubmitAsync(shipu, "石浦镇", Unique("石浦镇蹲点调研座谈会"));
        var second = await SubmitAsync(shipu, "石浦镇", Unique("石浦镇走访困难户"));
        var third = await SubmitAsync(danxi, "丹西街道", Unique("丹西街道主题宣讲"));
        var fourth = await SubmitAsync(danxi, "丹西街道", Unique("丹西街道一般信息"));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == shipuUser.Id && a.EntityType == nameof(Submission))));

        async Task AdoptAsync(int id, int channel) => Assert.Equal(HttpStatusCode.Redirect, (await countyEditor.PostFormAsync(
            $"/manage/submissions/{id}", new Dictionary<string, string> { ["channelId"] = Id(channel) }, $"/manage/submissions/{id}?handler=Adopt")).StatusCode);
        await AdoptAsync(first, headlines);  // 2 + 3
        await AdoptAsync(second, news);      // 2
        await AdoptAsync(third, news);       // 2

        // Declining needs a reason; a refused step changes nothing.
        var noReason = await countyEditor.PostFormAsync($"/manage/submissions/{fourth}", new Dictionary<string, string> { ["reason"] = " " },
            $"/manage/submissions/{fourth}?handler=Decline");
        Assert.Contains("请填写不采用的理由。", await noReason.TextAsync());
        Assert.Equal(SubmissionStatus.Submitted, await app.DbAsync(db => db.Submissions.Where(s => s.Id == fourth).Select(s => s.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await countyEditor.PostFormAsync($"/manage/submissions/{fourth}",
            new Dictionary<string, string> { ["reason"] = "内容与已发布信息重复" }, $"/manage/submissions/{fourth}?handler=Decline")).StatusCode);
        // A decided item is final.
        var again = await countyEditor.PostFormAsync($"/manage/submissions/{first}", new Dictionary<string, string> { ["channelId"] = Id(news) },
            $"/manage/submissions/{first}?handler=Adopt");
        Assert.Contains("该信息已采用,不能再处理。", await again.TextAsync());

        var points = await app.DbAsync(db => db.Submissions.Where(s => new[] { first, second, third, fourth }.Contains(s.Id))
            .OrderBy(s => s.Id).Select(s => s.Points).ToListAsync());
        Assert.Equal([5, 2, 2, 0], points);

        // Changing the rules later does not rewrite points already earned.
        await cityEditor.PostFormAsync("/manage/submissions/scoring", new Dictionary<string, string> { ["points"] = "10" });
        Assert.Equal(5, await app.DbAsync(db => db.Submissions.Where(s => s.Id == first).Select(s => s.Points).SingleAsync()));

        var ranking = await countyEditor.GetDocumentAsync("/manage/submissions/ranking?kind=Month");
        var rows = ranking.QuerySelectorAll("table.ranking tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        // Rank, unit, adopted, points (the submitted column also counts the other test's items).
        string[] Key(string[] row) => [row[0], row[1], row[3], row[4]];
        Assert.Equal(["1", "石浦镇", "2", "7"], Key(rows[0]));
        Assert.Equal(["2", "丹西街道", "1", "2"], Key(rows[1]));
        foreach (var kind in new[] { "Quarter", "Year" })
        {
            var other = await countyEditor.GetDocumentAsync($"/manage/submissions/ranking?kind={kind}");
            Assert.Equal("7", other.QuerySelectorAll("table.ranking tbody tr").First().QuerySelectorAll("td")[4].TextContent.Trim());
        }
        // Last year's ranking is empty.
        var lastYear = await countyEditor.GetDocumentAsync($"/manage/submissions/ranking?kind=Year&year={DateTime.UtcNow.Year - 1}");
        Assert.Contains("本期没有报送信息。", lastYear.Body!.TextContent);
    }

    [Fact]
    public async Task Units_submit_only_in_their_own_name_and_editors_handle_only_their_units()
    {
        var (shipu, _) = await SignInAsync(StaffRole.Cadre, "石浦镇");
        var forgedTitle = Unique("冒名报送");
        var forged = await shipu.PostFormAsync("/manage/submissions/new", new Dictionary<string, string>
        {
            ["UnitId"] = Id(await app.OrgUnitIdAsync("丹西街道")), ["Title"] = forgedTitle, ["Text"] = "正文",
        });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("请选择您所在范围内的报送单位。", await forged.TextAsync());
        var markup = await shipu.PostFormAsync("/manage/submissions/new", new Dictionary<string, string>
        {
            ["UnitId"] = Id(await app.OrgUnitIdAsync("石浦镇")), ["Title"] = forgedTitle, ["Text"] = "<script>alert(1)</script>",
        });
        Assert.Contains("不能包含网页标记", await markup.TextAsync());
        Assert.False(await app.DbAsync(db => db.Submissions.AnyAsync(s => s.Title == forgedTitle)));

        var id = await SubmitAsync(shipu, "石浦镇", Unique("石浦镇信息"));
        // The submitter sees the item but cannot adopt it.
        var own = await shipu.GetDocumentAsync($"/manage/submissions/{id}");
        Assert.Equal("待处理", own.GetElementById("submission-status")!.TextContent.Trim());
        Assert.Null(own.QuerySelector("form[action*=Adopt]"));

        // An editor of another town neither sees nor handles it; a cadre of another town cannot open it.
        var (danxiEditor, _) = await SignInAsync(StaffRole.Editor, "丹西街道");
        Assert.StartsWith("/account/access-denied", (await danxiEditor.GetAsync($"/manage/submissions/{id}")).RedirectTarget());
        var forgedAdopt = await danxiEditor.PostFormAsync("/manage/submissions", new Dictionary<string, string> { ["channelId"] = Id(await ChannelAsync("news")) },
            $"/manage/submissions/{id}?handler=Adopt");
        Assert.StartsWith("/account/access-denied", forgedAdopt.RedirectTarget());
        Assert.DoesNotContain("石浦镇信息", (await danxiEditor.GetDocumentAsync("/manage/submissions")).Body!.TextContent);
        Assert.Equal(SubmissionStatus.Submitted, await app.DbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
        var (hotline, _) = await SignInAsync(StaffRole.HotlineOperator, "象山县");
        Assert.StartsWith("/account/access-denied", (await hotline.GetAsync("/manage/submissions")).RedirectTarget());
        Assert.StartsWith("/account/access-denied", (await shipu.GetAsync("/manage/submissions/ranking")).RedirectTarget());
    }
}

public sealed class SubmissionTestsOnSqlite(SqliteApp app) : SubmissionTests(app), IClassFixture<SqliteApp>;
public sealed class SubmissionTestsOnPostgres(PostgresApp app) : SubmissionTests(app), IClassFixture<PostgresApp>;
