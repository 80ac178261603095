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
/// The campaign office opens the county campaign's set-up page from the nav, adds an activity carrier, and reads the
/// participant list; on a desktop and on a 360 px phone. SQLite only: the rules are tested on both providers in
/// Dundian.Web.Tests.
/// </summary>
public sealed class CampaignSetupBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string Password = "Setup#Page-2026";

    [Fact]
    public async Task Office_sets_up_the_county_campaign_on_a_desktop_and_a_phone()
    {
        await app.CreateStaffAsync("office-setup", Password, StaffRole.CampaignOffice, "象山县");
        var campaignId = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().Campaigns
            .Where(c => c.Tier == CampaignTier.County).Select(c => c.Id).SingleAsync());

        await using var desk = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await desk.NewPageAsync();
        var problems = new PageProblems(page);
        await SignInAsync(page, "office-setup");
        await page.GetByRole(AriaRole.Link, new() { Name = "活动设置", Exact = true }).First.ClickAsync();
        await page.Locator($"a[href='/manage/campaigns/{campaignId}/setup']").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("县级领导班子成员蹲点调研活动");

        await page.FillAsync("#ActivityName", "「阳光热线」接听");
        await page.FillAsync("#ActivityDescription", "县级领导轮流接听热线,现场答复群众");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加活动载体" }).ClickAsync();
        await Expect(page.Locator(".message-ok")).ToContainTextAsync("已添加活动载体");
        await Expect(page.Locator("#activities")).ToContainTextAsync("「阳光热线」接听");
        await Screenshots.SaveAsync(page, "campaign-setup-desktop");

        await page.GetByRole(AriaRole.Link, new() { Name = "参加人员" }).First.ClickAsync();
        await Expect(page.Locator("table.participants tbody tr")).ToHaveCountAsync(30);
        await Screenshots.SaveAsync(page, "campaign-participants-desktop");

        await page.GetByRole(AriaRole.Link, new() { Name = "调研组与联系村" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "第1调研组" }).ClickAsync();
        await Expect(page.Locator("#villages")).ToContainTextAsync("东门渔村");
        // 组长 and 联系村 are searchable pickers (the village one an org tree); typing narrows the choices.
        await Expect(page.Locator("input.picker-filter[data-filter-for='Input_LeaderId']")).ToBeVisibleAsync();
        await page.FillAsync("input.picker-filter[data-filter-for='Input_VillageId']", "东门");
        await Screenshots.SaveAsync(page, "campaign-group-desktop");
        // A participant's page ends with 停用: a reason and a confirmation box.
        var someone = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().Participants
            .Where(p => p.CampaignId == campaignId).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        await page.GotoAsync($"/manage/campaigns/{campaignId}/participants/edit/{someone}");
        await Expect(page.Locator("form.removal-form input[name='Confirm']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "campaign-participant-retire-desktop");

        await page.GotoAsync($"/manage/campaigns/{campaignId}/setup");
        await page.GetByRole(AriaRole.Link, new() { Name = "县级领导班子主题实践活动方案" }).ClickAsync();
        await Expect(page.Locator("#Input_Title")).ToHaveValueAsync("县级领导班子主题实践活动方案");
        await Screenshots.SaveAsync(page, "campaign-document-desktop");

        var narrow = Devices.Phone(app.ServerAddress!);
        narrow.ViewportSize = new() { Width = 360, Height = 780 };
        await using var phoneContext = await chromium.Browser.NewContextAsync(narrow);
        var phone = await phoneContext.NewPageAsync();
        var phoneProblems = new PageProblems(phone);
        await SignInAsync(phone, "office-setup");
        await phone.GotoAsync($"/manage/campaigns/{campaignId}/setup");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the set-up page scrolls sideways on a phone");
        await Screenshots.SaveAsync(phone, "campaign-setup-phone");

        Assert.Empty(problems.All);
        Assert.Empty(phoneProblems.All);
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}
