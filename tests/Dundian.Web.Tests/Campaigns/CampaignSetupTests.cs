using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Dundian.Web.Tests.Campaigns.SetupClients;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>
/// The campaign office sets up campaigns through the pages: every write is audited, bad input shows a Chinese
/// message and saves nothing, and a town's office reaches only its own town's campaigns.
/// </summary>
public abstract class CampaignSetupTests(DundianApp app)
{
    private static Dictionary<string, string> CampaignForm(int orgUnitId, string tier = "Township", string start = "2008-03-01", string end = "2008-05-31", string name = "石浦镇第二轮蹲点调研活动") => new()
    {
        ["Input.Name"] = name, ["Input.Theme"] = "联镇带村谋发展,蹲点联系办实事", ["Input.Slogan"] = "重在实践、重在实效",
        ["Input.StartDate"] = start, ["Input.EndDate"] = end, ["Input.Tier"] = tier, ["Input.OrgUnitId"] = Id(orgUnitId),
        ["Input.Requirements"] = "每人联系一个村", ["Input.TimeRequirement"] = "每人驻村不少于7天", ["Input.ContentRequirement"] = "",
        ["Input.DisciplineRequirement"] = "轻车简从", ["Input.SixOnesDuties"] = "走访一批农户\n召开一次座谈会",
    };

    [Fact]
    public async Task Office_creates_and_edits_a_campaign_and_each_write_is_audited()
    {
        var (client, user) = await app.SignInOfficeAsync();
        var town = await app.OrgUnitIdAsync("石浦镇");
        var created = await client.PostFormAsync("/manage/campaigns/edit", CampaignForm(town));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.DbAsync(db => db.Campaigns.Where(c => c.Name == "石浦镇第二轮蹲点调研活动").Select(c => c.Id).SingleAsync());
        Assert.Equal($"/manage/campaigns/{id}/setup", created.RedirectTarget());
        Assert.Equal(1, await app.AuditCountAsync(nameof(Campaign), user.Id));

        var form = CampaignForm(town);
        form["Input.Theme"] = "蹲点联系办实事";
        var edited = await client.PostFormAsync($"/manage/campaigns/edit/{id}", form);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var saved = await app.DbAsync(db => db.Campaigns.SingleAsync(c => c.Id == id));
        Assert.Equal(("蹲点联系办实事", CampaignTier.Township, "轻车简从"), (saved.Theme, saved.Tier, saved.DisciplineRequirement));
        Assert.Equal(2, await app.AuditCountAsync(nameof(Campaign), user.Id));

        // The demo's 石浦镇 campaign has liaison villages in 石浦镇: it cannot move to 丹西街道.
        var demo = await app.TownshipCampaignIdAsync();
        var moved = CampaignForm(await app.OrgUnitIdAsync("丹西街道"), name: "石浦镇班子成员蹲点调研活动");
        Assert.Contains("不在丹西街道范围内", await (await client.PostFormAsync($"/manage/campaigns/edit/{demo}", moved)).TextAsync());
        Assert.Equal(town, await app.DbAsync(db => db.Campaigns.Where(c => c.Id == demo).Select(c => c.OrgUnitId).SingleAsync()));

        var page = Html.Squash((await client.GetDocumentAsync($"/manage/campaigns/{id}/setup")).Body!.TextContent);
        Assert.Contains("每人驻村不少于7天", page);
        Assert.Contains("召开一次座谈会", page);
    }

    [Theory]
    [InlineData("2008-05-31", "2008-03-01", "Township", "活动结束日期不能早于开始日期")]
    [InlineData("2008-03-01", "2008-05-31", "County", "县级活动应由县(市、区)组织")]
    public async Task Bad_campaign_input_shows_a_chinese_message_and_saves_nothing(string start, string end, string tier, string message)
    {
        var (client, _) = await app.SignInOfficeAsync();
        var before = await app.DbAsync(db => db.Campaigns.CountAsync());
        var response = await client.PostFormAsync("/manage/campaigns/edit", CampaignForm(await app.OrgUnitIdAsync("石浦镇"), tier, start, end));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync());
        Assert.Equal(before, await app.DbAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task Town_office_manages_its_own_campaign_but_not_the_county_one()
    {
        var (client, user) = await app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, "石浦镇");
        var county = await app.CountyCampaignIdAsync();
        var township = await app.TownshipCampaignIdAsync();

        var list = await client.GetDocumentAsync("/manage/campaigns/setup");
        Assert.NotNull(list.QuerySelector($"a[href='/manage/campaigns/{township}/setup']"));
        Assert.Null(list.QuerySelector($"a[href='/manage/campaigns/{county}/setup']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/manage/campaigns/{township}/participants")).StatusCode);

        var countyPerson = await app.DbAsync(db => db.Participants.Where(p => p.CampaignId == county).OrderBy(p => p.Id).FirstAsync());
        foreach (var url in new[] { $"/manage/campaigns/{county}/setup", $"/manage/campaigns/{county}/participants",
                     $"/manage/campaigns/{county}/participants/edit/{countyPerson.Id}", $"/manage/campaigns/edit/{county}",
                     $"/manage/campaigns/{county}/export/participants", $"/manage/campaigns/{county}/groups" })
            Assert.StartsWith("/account/access-denied", (await client.GetAsync(url)).RedirectTarget());

        // A post straight at the county participant (token taken from a page the office may open) changes nothing.
        var token = Html.AntiforgeryToken(await client.GetDocumentAsync($"/manage/campaigns/{township}/participants/edit"));
        var post = await client.PostAsync($"/manage/campaigns/{county}/participants/edit/{countyPerson.Id}", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Name"] = "篡改", ["Input.Category"] = "DepartmentHead" }));
        Assert.StartsWith("/account/access-denied", post.RedirectTarget());
        Assert.Equal(countyPerson.Name, await app.DbAsync(db => db.Participants.Where(p => p.Id == countyPerson.Id).Select(p => p.Name).SingleAsync()));
        Assert.Equal(0, await app.AuditCountAsync(nameof(Participant), user.Id));

        // Nor can it create a campaign owned by the county.
        var created = await client.PostFormAsync("/manage/campaigns/edit", CampaignForm(await app.OrgUnitIdAsync("象山县"), "County", name: "越权活动"));
        Assert.Contains("请选择您管理范围内的组织单位", await created.TextAsync());
        Assert.False(await app.DbAsync(db => db.Campaigns.AnyAsync(c => c.Name == "越权活动")));
    }

    [Theory]
    [InlineData(StaffRole.Cadre)]
    [InlineData(StaffRole.Editor)]
    public async Task Staff_other_than_the_office_cannot_open_set_up(StaffRole role)
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(role, "象山县");
        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/manage/campaigns/setup")).RedirectTarget());
        Assert.StartsWith("/account/access-denied", (await client.GetAsync($"/manage/campaigns/{await app.CountyCampaignIdAsync()}/setup")).RedirectTarget());
    }

    [Fact]
    public async Task Unknown_campaign_or_a_participant_of_another_campaign_is_404()
    {
        var (client, _) = await app.SignInOfficeAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/manage/campaigns/999999/setup")).StatusCode);
        var township = await app.TownshipCampaignIdAsync();
        var countyPerson = await app.DbAsync(db => db.Participants.Where(p => p.Campaign!.Tier == CampaignTier.County).Select(p => p.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/manage/campaigns/{township}/participants/edit/{countyPerson}")).StatusCode);
    }

    [Fact]
    public async Task Activities_are_added_and_removed_on_the_set_up_page()
    {
        var (client, user) = await app.SignInOfficeAsync();
        var id = await app.TownshipCampaignIdAsync();
        var url = $"/manage/campaigns/{id}/setup";
        var added = await client.PostFormAsync(url, new Dictionary<string, string> { ["ActivityName"] = "结对帮扶", ["ActivityDescription"] = "每名班子成员结对一户困难户" }, url + "?handler=AddActivity");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var activity = await app.DbAsync(db => db.CampaignActivities.SingleAsync(a => a.CampaignId == id && a.Name == "结对帮扶"));
        Assert.Contains("结对帮扶", Html.Squash((await client.GetDocumentAsync(url)).QuerySelector("#activities")!.TextContent));

        var empty = await client.PostFormAsync(url, new Dictionary<string, string> { ["ActivityName"] = " " }, url + "?handler=AddActivity");
        Assert.Contains("请填写活动载体名称", await empty.TextAsync());

        var removed = await client.PostFormAsync(url, new Dictionary<string, string>(), $"{url}?handler=RemoveActivity&activityId={activity.Id}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.DbAsync(db => db.CampaignActivities.AnyAsync(a => a.Id == activity.Id)));
        Assert.Equal(2, await app.AuditCountAsync(nameof(CampaignActivity), user.Id));
    }

    [Fact]
    public async Task Participants_are_paged_created_and_edited()
    {
        var (client, user) = await app.SignInOfficeAsync();
        var county = await app.CountyCampaignIdAsync();
        var list = $"/manage/campaigns/{county}/participants";
        var first = await client.GetDocumentAsync(list);
        Assert.Equal(30, first.QuerySelectorAll("table.participants tbody tr").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        var total = await app.DbAsync(db => db.Participants.CountAsync(p => p.CampaignId == county));
        var lastPage = (total + 29) / 30;
        var last = await client.GetDocumentAsync($"{list}?page={lastPage}");
        Assert.Equal(total - 30 * (lastPage - 1), last.QuerySelectorAll("table.participants tbody tr").Length);

        var group = await app.DbAsync(db => db.ResearchGroups.Where(g => g.CampaignId == county).OrderBy(g => g.SortOrder).FirstAsync());
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = "测试人员甲", ["Input.Title"] = "副局长", ["Input.Unit"] = "县农业局", ["Input.Category"] = "DepartmentHead",
            ["Input.GroupId"] = Id(group.Id), ["Input.UserName"] = user.UserName!,
        };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{list}/edit", form)).StatusCode);
        var person = await app.DbAsync(db => db.Participants.SingleAsync(p => p.Name == "测试人员甲"));
        Assert.Equal((group.Id, user.Id, ParticipantCategory.DepartmentHead), (person.GroupId, person.UserId, person.Category));

        form["Input.Title"] = "局长";
        form["Input.UserName"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{list}/edit/{person.Id}", form)).StatusCode);
        person = await app.DbAsync(db => db.Participants.SingleAsync(p => p.Id == person.Id));
        Assert.Equal(("局长", null), (person.Title, person.UserId));
        Assert.Equal(2, await app.AuditCountAsync(nameof(Participant), user.Id));

        form["Input.Name"] = "";
        var bad = await client.PostFormAsync($"{list}/edit/{person.Id}", form);
        Assert.Contains("请填写姓名", await bad.TextAsync());
        form["Input.Name"] = "测试人员乙";
        form["Input.UserName"] = "no-such-account";
        Assert.Contains("账号“no-such-account”不存在", await (await client.PostFormAsync($"{list}/edit/{person.Id}", form)).TextAsync());
        // 石浦镇's campaign may link an account of 象山县 or of 石浦镇, not one of 丹西街道.
        var township = await app.TownshipCampaignIdAsync();
        var townPerson = await app.DbAsync(db => db.Participants.Where(p => p.CampaignId == township).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var outsider = await app.CreateStaffAsync(StaffClients.UniqueName("cadre"), StaffClients.Password, StaffRole.Cadre, "丹西街道");
        var townForm = new Dictionary<string, string>
        {
            ["Input.Name"] = "镇干部", ["Input.Category"] = "TownshipLeadership", ["Input.GroupId"] = "", ["Input.UserName"] = outsider.UserName!,
        };
        var townUrl = $"/manage/campaigns/{township}/participants/edit/{townPerson}";
        Assert.Contains("不属于石浦镇及其上下级单位", await (await client.PostFormAsync(townUrl, townForm)).TextAsync());
        var insider = await app.CreateStaffAsync(StaffClients.UniqueName("cadre"), StaffClients.Password, StaffRole.Cadre, "石浦镇");
        townForm["Input.UserName"] = insider.UserName!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(townUrl, townForm)).StatusCode);
        Assert.Equal(insider.Id, await app.DbAsync(db => db.Participants.Where(p => p.Id == townPerson).Select(p => p.UserId).SingleAsync()));
        Assert.Equal("测试人员甲", await app.DbAsync(db => db.Participants.Where(p => p.Id == person.Id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task Liaison_village_outside_the_campaign_or_overlapping_is_refused()
    {
        var (client, user) = await app.SignInOfficeAsync();
        var township = await app.TownshipCampaignIdAsync();
        var groups = await app.DbAsync(db => db.ResearchGroups.Include(g => g.LiaisonVillages).Where(g => g.CampaignId == township).OrderBy(g => g.SortOrder).ToListAsync());
        var url = $"/manage/campaigns/{township}/groups/edit/{groups[1].Id}";
        var before = await app.DbAsync(db => db.LiaisonVillages.CountAsync());
        Dictionary<string, string> Form(int village, string from, string to = "") => new()
        {
            ["Input.VillageId"] = Id(village), ["Input.FromDate"] = from, ["Input.ToDate"] = to,
        };

        var outside = await client.PostFormAsync(url, Form(await app.FreeVillageAsync("丹西街道", township), "2007-04-01"), url + "?handler=AddVillage");
        Assert.Contains("不在本活动的组织范围内", await outside.TextAsync());

        // Group 1's village is held from the campaign's start with no end: group 2 may not take it.
        var taken = groups[0].LiaisonVillages[0].VillageId;
        var overlap = await client.PostFormAsync(url, Form(taken, "2007-05-01", "2007-05-10"), url + "?handler=AddVillage");
        Assert.Contains("日期与之重叠", await overlap.TextAsync());

        var free = await app.FreeVillageAsync("石浦镇", township);
        var backwards = await client.PostFormAsync(url, Form(free, "2007-05-10", "2007-05-01"), url + "?handler=AddVillage");
        Assert.Contains("联系结束日期不能早于开始日期", await backwards.TextAsync());
        Assert.Equal(before, await app.DbAsync(db => db.LiaisonVillages.CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, Form(free, "2007-04-01", "2007-04-30"), url + "?handler=AddVillage")).StatusCode);
        // The same village for later days is fine; for days that touch the first span it is not.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, Form(free, "2007-05-01"), url + "?handler=AddVillage")).StatusCode);
        var again = await client.PostFormAsync(url, Form(free, "2007-04-30", "2007-04-30"), url + "?handler=AddVillage");
        Assert.Contains("日期与之重叠", await again.TextAsync());
        Assert.Equal(before + 2, await app.DbAsync(db => db.LiaisonVillages.CountAsync()));
        Assert.Equal(2, await app.AuditCountAsync(nameof(LiaisonVillage), user.Id));
    }

    [Fact]
    public async Task Group_and_topic_are_created_with_a_leader_and_a_registrant()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var township = await app.TownshipCampaignIdAsync();
        var person = await app.DbAsync(db => db.Participants.Where(p => p.CampaignId == township).OrderBy(p => p.Id).FirstAsync());
        var created = await client.PostFormAsync($"/manage/campaigns/{township}/groups/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "石浦镇第3蹲点组", ["Input.LeaderId"] = Id(person.Id), ["Input.SortOrder"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var group = await app.DbAsync(db => db.ResearchGroups.SingleAsync(g => g.CampaignId == township && g.Name == "石浦镇第3蹲点组"));
        Assert.Equal(person.Id, group.LeaderId);
        Assert.Equal(group.Id, await app.DbAsync(db => db.Participants.Where(p => p.Id == person.Id).Select(p => p.GroupId).SingleAsync()));

        var duplicate = await client.PostFormAsync($"/manage/campaigns/{township}/groups/edit", new Dictionary<string, string> { ["Input.Name"] = "石浦镇第3蹲点组" });
        Assert.Contains("本活动已有调研组", await duplicate.TextAsync());

        var topics = $"/manage/campaigns/{township}/topics/edit";
        var neither = await client.PostFormAsync(topics, new Dictionary<string, string> { ["Input.Title"] = "海岛旅游", ["Input.Status"] = "Registered" });
        Assert.Contains("请选择登记的人员或调研组", await neither.TextAsync());
        var topic = await client.PostFormAsync(topics, new Dictionary<string, string>
        {
            ["Input.Title"] = "海岛旅游", ["Input.Summary"] = "渔港古城与海岛旅游", ["Input.Status"] = "InProgress", ["Input.GroupId"] = Id(group.Id),
        });
        Assert.Equal(HttpStatusCode.Redirect, topic.StatusCode);
        Assert.Contains("海岛旅游", Html.Squash((await client.GetDocumentAsync($"/manage/campaigns/{township}/topics")).Body!.TextContent));
    }
}

public sealed class CampaignSetupTestsOnSqlite(SqliteApp app) : CampaignSetupTests(app), IClassFixture<SqliteApp>;
public sealed class CampaignSetupTestsOnPostgres(PostgresApp app) : CampaignSetupTests(app), IClassFixture<PostgresApp>;
