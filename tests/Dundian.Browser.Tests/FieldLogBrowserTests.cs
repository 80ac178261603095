using System.Globalization;
using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// The end-to-end check: a cadre records a stay on a phone, and the office dashboard on a desktop moves by
/// exactly what he logged. SQLite only: the numbers themselves are tested on both providers in Dundian.Web.Tests.
/// </summary>
public sealed class FieldLogBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string Password = "Field#Log-2026";

    [Fact]
    public async Task Cadre_logs_a_stay_on_a_phone_and_the_dashboard_moves_by_exactly_that()
    {
        var (campaignId, participantName) = await LinkCadreAsync("cadre-phone");
        await app.CreateStaffAsync("office-desk", Password, StaffRole.CampaignOffice, "象山县");

        await using var desk = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var office = await desk.NewPageAsync();
        var officeProblems = new PageProblems(office);
        await SignInAsync(office, "office-desk");
        var dashboard = $"/manage/campaigns/{campaignId}/dashboard";
        await office.GotoAsync(dashboard);
        var daysBefore = await FigureAsync(office, "stationed-days");
        var householdsBefore = await FigureAsync(office, "households-visited");
        Assert.Equal((219, 471), (daysBefore, householdsBefore));
        await Expect(office.Locator("#chart-by-group")).ToHaveAttributeAsync("data-ready", "true");
        await Screenshots.SaveAsync(office, "campaign-dashboard-desktop-before");

        await using var phone = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var cadre = await phone.NewPageAsync();
        var cadreProblems = new PageProblems(cadre);
        await SignInAsync(cadre, "cadre-phone");
        await cadre.GotoAsync("/manage/field-logs/new");
        await Expect(cadre.Locator("p.who")).ToContainTextAsync(participantName);
        await cadre.FillAsync("#Input_StartDate", "2007-04-16");
        await cadre.FillAsync("#Input_EndDate", "2007-04-17");
        await cadre.FillAsync("#Input_HouseholdsVisited", "5");
        await cadre.FillAsync("#Input_Talks", "4");
        Assert.True(await cadre.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the form scrolls sideways on a phone");
        await Screenshots.SaveAsync(cadre, "field-log-form-phone");
        await cadre.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(cadre.Locator(".message-ok")).ToContainTextAsync("共2天,走访农户5户");
        await Screenshots.SaveAsync(cadre, "field-log-list-phone");

        await office.GotoAsync(dashboard);
        Assert.Equal(daysBefore + 2, await FigureAsync(office, "stationed-days"));
        Assert.Equal(householdsBefore + 5, await FigureAsync(office, "households-visited"));
        await Expect(office.Locator("#chart-by-group")).ToHaveAttributeAsync("data-ready", "true");
        await Screenshots.SaveAsync(office, "campaign-dashboard-desktop-after");

        Assert.Empty(officeProblems.All);
        Assert.Empty(cadreProblems.All);
    }

    [Fact]
    public async Task Reader_opens_the_campaign_page_from_the_topics_channel_on_a_phone()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/channel/topics");
        await page.GetByRole(AriaRole.Link, new() { Name = "县级领导班子成员蹲点调研活动", Exact = false }).First.ClickAsync();
        await Expect(page.Locator("#campaign-statistics")).ToContainTextAsync("累计进村蹲点调研时间达");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the campaign page scrolls sideways on a phone");
        await Screenshots.SaveAsync(page, "campaign-topic-phone");
        Assert.Empty(problems.All);
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    private static async Task<int> FigureAsync(IPage page, string key) =>
        int.Parse(await page.Locator($"a.figure[data-key='{key}'] .figure-value").InnerTextAsync(), CultureInfo.InvariantCulture);

    /// <summary>A Cadre account linked to a member of group 14 who has no stays yet, so his stay adds all its days.</summary>
    private async Task<(int CampaignId, string Name)> LinkCadreAsync(string userName)
    {
        var user = await app.CreateStaffAsync(userName, Password, StaffRole.Cadre, "象山县");
        return await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var campaign = await db.Campaigns.SingleAsync(c => c.Tier == CampaignTier.County);
            var group = await db.ResearchGroups.SingleAsync(g => g.CampaignId == campaign.Id && g.SortOrder == 14);
            var person = await db.Participants.Where(p => p.GroupId == group.Id && p.Id != group.LeaderId && p.UserId == null)
                .Where(p => !db.FieldLogs.Any(l => l.ParticipantId == p.Id)).OrderBy(p => p.Id).FirstAsync();
            person.UserId = user.Id;
            await db.SaveChangesAsync();
            return (campaign.Id, person.Name);
        });
    }
}
