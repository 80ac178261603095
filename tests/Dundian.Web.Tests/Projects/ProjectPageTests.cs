using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Projects;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Projects;

/// <summary>
/// 实事项目 and 发展计划 pages: create, edit, milestones, 落实 and 完成 — audited, refused outside the user's org units,
/// bad input refused with nothing stored — and the campaign figures moving by exactly what was entered.
/// </summary>
public abstract class ProjectPageTests(DundianApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private Task<(HttpClient Client, AppUser User)> SignInAsync(StaffRole role, string unit) => app.SignInFromOwnAddressAsync(role, unit);

    private async Task<Dictionary<string, string>> ProjectFormAsync(string title, string village = "东门渔村")
    {
        var campaign = await app.CountyCampaignIdAsync();
        var group = await app.DbAsync(db => db.ResearchGroups.Where(g => g.CampaignId == campaign).OrderBy(g => g.SortOrder).Select(g => g.Id).FirstAsync(Ct));
        return new()
        {
            ["Input.CampaignId"] = S(campaign), ["Input.GroupId"] = S(group), ["Input.VillageId"] = S(await app.OrgUnitIdAsync(village)),
            ["Input.Title"] = title, ["Input.Description"] = "修缮渔港码头,方便渔船停靠。", ["Input.BudgetYuan"] = "300000",
            ["Input.Funding[0].Source"] = "县财政扶助资金", ["Input.Funding[0].Yuan"] = "200000",
            ["Input.Funding[1].Source"] = "部门帮扶资金", ["Input.Funding[1].Yuan"] = "50000.5",
        };
    }

    private Task<(decimal Projects, decimal Funds, decimal Plans)> FiguresAsync(int campaignId) => app.WithScopeAsync(async sp =>
    {
        var stats = sp.GetRequiredService<StatisticsService>();
        var filter = new IndicatorFilter { CampaignId = campaignId };
        return ((await stats.ComputeAsync(IndicatorKeys.PracticalProjects, filter, Ct)).Value,
            (await stats.ComputeAsync(IndicatorKeys.ProjectFunds, filter, Ct)).Value,
            (await stats.ComputeAsync(IndicatorKeys.DevelopmentPlans, filter, Ct)).Value);
    });

    private static Task<HttpResponseMessage> StepAsync(HttpClient staff, int id, string handler, Dictionary<string, string> fields) =>
        staff.PostFormAsync($"/manage/projects/{id}", fields, $"/manage/projects/{id}?handler={handler}");

    [Fact]
    public async Task An_office_creates_a_project_with_funding_takes_it_through_to_completion_and_the_figures_follow()
    {
        var (office, user) = await SignInAsync(StaffRole.CampaignOffice, "象山县");
        var campaign = await app.CountyCampaignIdAsync();
        var before = await FiguresAsync(campaign);
        var title = "东门渔村渔港码头修缮 " + Guid.NewGuid().ToString("N")[..6];

        var created = await office.PostFormAsync("/manage/projects/new", await ProjectFormAsync(title));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.DbAsync(db => db.PracticalProjects.Where(p => p.Title == title).Select(p => p.Id).SingleAsync(Ct));
        var project = await app.DbAsync(db => db.PracticalProjects.Include(p => p.Funding).SingleAsync(p => p.Id == id, Ct));
        Assert.Equal(ProjectStatus.Planned, project.Status);
        Assert.Equal(25_000_050, project.FundsFen); // 200000 + 50000.50 yuan, in fen
        Assert.Equal(30_000_000, project.BudgetFen);
        Assert.Equal(["县财政扶助资金", "部门帮扶资金"], project.Funding.OrderBy(f => f.Id).Select(f => f.Source));
        Assert.Equal(before, await FiguresAsync(campaign)); // planned: not counted yet

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "Milestone", new() { ["title"] = "开工建设", ["dueOn"] = "2007-04-20" })).StatusCode);
        var milestone = await app.DbAsync(db => db.ProjectMilestones.Where(m => m.ProjectId == id).Select(m => m.Id).SingleAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "Implement", new() { ["on"] = "2007-04-12" })).StatusCode);
        Assert.Equal((before.Projects + 1, before.Funds + 250_000.50m, before.Plans), await FiguresAsync(campaign));

        // 完成 is refused while a milestone is open, and that refusal changes nothing.
        var refused = await StepAsync(office, id, "Complete", new() { ["on"] = "2007-05-01" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("还有未完成的项目节点", await refused.TextAsync());
        Assert.Equal(ProjectStatus.Implemented, await app.DbAsync(db => db.PracticalProjects.Where(p => p.Id == id).Select(p => p.Status).SingleAsync(Ct)));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "MilestoneDone", new() { ["milestoneId"] = S(milestone), ["doneOn"] = "2007-04-25" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "Progress", new() { ["note"] = "码头护岸已浇筑完成。" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "Complete", new() { ["on"] = "2007-05-01" })).StatusCode);

        // Editing the funding moves 项目扶助资金 by the difference.
        var edit = await ProjectFormAsync(title);
        edit["Input.Funding[1].Yuan"] = "100000";
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(office, id, "Save", edit)).StatusCode);
        Assert.Equal((before.Projects + 1, before.Funds + 300_000m, before.Plans), await FiguresAsync(campaign));

        var done = await app.DbAsync(db => db.PracticalProjects.SingleAsync(p => p.Id == id, Ct));
        Assert.Equal((ProjectStatus.Completed, new DateOnly(2007, 5, 1)), (done.Status, done.CompletedOn!.Value));
        var audited = await app.DbAsync(db => db.AuditEntries.Where(a => a.UserId == user.Id).Select(a => a.EntityType).Distinct().ToListAsync(Ct));
        Assert.Contains(nameof(PracticalProject), audited);
        Assert.Contains(nameof(ProjectFunding), audited);
        Assert.Contains(nameof(ProjectMilestone), audited);
        Assert.Contains(nameof(ProjectProgress), audited);

        var page = await (await office.GetAsync($"/manage/projects/{id}", Ct)).TextAsync();
        Assert.Contains("已完成", page);
        Assert.Contains("码头护岸已浇筑完成。", page);

        // The public list of completed projects shows it with its funding, but not the staff's progress notes.
        var village = await app.OrgUnitIdAsync("东门渔村");
        var publicPage = await (await app.CreateClient().GetAsync($"/projects/completed?village={village}", Ct)).TextAsync();
        Assert.Contains(Html.Squash(title), publicPage);
        Assert.Contains("县财政扶助资金20万元", publicPage);
        Assert.DoesNotContain("码头护岸已浇筑完成", publicPage);
    }

    public static TheoryData<string, string> BadProjects => new()
    {
        { "title", "请填写项目名称" },
        { "amount", "的金额须大于0元" },
        { "script", "内容不能包含网页代码" },
        { "village", "不在您的管理范围内" },
    };

    [Theory]
    [MemberData(nameof(BadProjects))]
    public async Task Bad_project_input_gets_a_chinese_message_and_stores_nothing(string kind, string message)
    {
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "石浦镇");
        var form = await ProjectFormAsync("番西村便民桥 " + Guid.NewGuid().ToString("N")[..6], "番西村");
        switch (kind)
        {
            case "title": form["Input.Title"] = " "; break;
            case "amount": form["Input.Funding[1].Yuan"] = ""; break;
            case "script": form["Input.Description"] = "<script>alert(1)</script>"; break;
            default: form["Input.VillageId"] = S(await app.OrgUnitIdAsync("丹城村")); break;
        }
        var before = await app.DbAsync(db => db.PracticalProjects.CountAsync(Ct));
        var response = await office.PostFormAsync("/manage/projects/new", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync());
        Assert.Equal(before, await app.DbAsync(db => db.PracticalProjects.CountAsync(Ct)));
    }

    [Fact]
    public async Task Projects_and_plans_of_another_town_are_refused_and_cadres_have_no_access()
    {
        var danDong = await app.OrgUnitIdAsync("桥头林村");
        var (projectId, planId) = await app.DbAsync(async db => (
            await db.PracticalProjects.Where(p => p.VillageId == danDong).Select(p => p.Id).FirstAsync(Ct),
            await db.DevelopmentPlans.Where(p => p.VillageId == danDong).Select(p => p.Id).FirstAsync(Ct)));
        var (shipu, _) = await SignInAsync(StaffRole.CampaignOffice, "石浦镇");
        foreach (var url in new[] { $"/manage/projects/{projectId}", $"/manage/plans/{planId}" })
        {
            var denied = await shipu.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/account/access-denied", denied.RedirectTarget());
        }
        var list = await (await shipu.GetAsync("/manage/projects", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain($"/manage/projects/{projectId}\"", list);
        Assert.Equal(HttpStatusCode.NotFound, (await shipu.GetAsync("/manage/projects/99999999", Ct)).StatusCode);

        // A forged edit with a token from an allowed page changes nothing.
        var title = await app.DbAsync(db => db.PracticalProjects.Where(p => p.Id == projectId).Select(p => p.Title).SingleAsync(Ct));
        var forged = await shipu.PostFormAsync("/manage/projects", new Dictionary<string, string> { ["Input.Title"] = "篡改" },
            $"/manage/projects/{projectId}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Equal(title, await app.DbAsync(db => db.PracticalProjects.Where(p => p.Id == projectId).Select(p => p.Title).SingleAsync(Ct)));

        var (cadre, _) = await SignInAsync(StaffRole.Cadre, "象山县");
        foreach (var url in new[] { "/manage/projects", "/manage/projects/new", "/manage/plans", $"/manage/plans/{planId}" })
            Assert.StartsWith("/account/access-denied", (await cadre.GetAsync(url, Ct)).RedirectTarget());
    }

    [Fact]
    public async Task An_office_creates_and_edits_a_development_plan_with_items_and_the_figure_counts_it()
    {
        var (office, user) = await SignInAsync(StaffRole.CampaignOffice, "象山县");
        var campaign = await app.CountyCampaignIdAsync();
        var before = await FiguresAsync(campaign);
        var title = "东门渔村渔旅融合发展计划 " + Guid.NewGuid().ToString("N")[..6];
        var form = new Dictionary<string, string>
        {
            ["Input.CampaignId"] = S(campaign), ["Input.VillageId"] = S(await app.OrgUnitIdAsync("东门渔村")), ["Input.Title"] = title,
            ["Input.AdoptedOn"] = "2007-04-18", ["Input.Items"] = "发展渔家乐\n\n修建渔港观景平台\n 培训渔民导游 ",
        };
        var empty = new Dictionary<string, string>(form) { ["Input.Items"] = "\n  \n" };
        var refused = await office.PostFormAsync("/manage/plans/new", empty);
        Assert.Contains("请至少填写一条计划事项", await refused.TextAsync());
        Assert.Equal(before, await FiguresAsync(campaign));

        var created = await office.PostFormAsync("/manage/plans/new", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var plan = await app.DbAsync(db => db.DevelopmentPlans.Include(p => p.Items).SingleAsync(p => p.Title == title, Ct));
        Assert.Equal(["发展渔家乐", "修建渔港观景平台", "培训渔民导游"], plan.Items.OrderBy(i => i.SortOrder).Select(i => i.Text));
        Assert.Equal(before with { Plans = before.Plans + 1 }, await FiguresAsync(campaign));

        form["Input.Items"] = "发展渔家乐";
        form["Input.AdoptedOn"] = "2007-04-20";
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync($"/manage/plans/{plan.Id}", form)).StatusCode);
        var edited = await app.DbAsync(db => db.DevelopmentPlans.Include(p => p.Items).SingleAsync(p => p.Id == plan.Id, Ct));
        Assert.Equal(["发展渔家乐"], edited.Items.Select(i => i.Text));
        Assert.Equal(new DateOnly(2007, 4, 20), edited.AdoptedOn);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == user.Id && a.EntityType == nameof(DevelopmentPlan)
            && a.EntityKey == plan.Id.ToString(CultureInfo.InvariantCulture) && a.Action == "Update", Ct)));
        Assert.Contains("发展渔家乐", await (await office.GetAsync("/manage/plans", Ct)).Content.ReadAsStringAsync(Ct) + await (await office.GetAsync($"/manage/plans/{plan.Id}", Ct)).Content.ReadAsStringAsync(Ct));
    }
}

public sealed class ProjectPageTestsOnSqlite(SqliteApp app) : ProjectPageTests(app), IClassFixture<SqliteApp>;
public sealed class ProjectPageTestsOnPostgres(PostgresApp app) : ProjectPageTests(app), IClassFixture<PostgresApp>;
