using Dundian.Core.Accounts;
using Dundian.Testing;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>The campaign office records a practical project on a phone: the form and the project page must fit 390 px.</summary>
public abstract class ProjectBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    [Fact]
    public async Task An_office_records_a_project_with_two_funding_sources_on_a_phone()
    {
        var user = await app.CreateStaffAsync("office-" + Guid.NewGuid().ToString("N")[..6], "Office#Pass-2026", StaffRole.CampaignOffice, "象山县");
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/account/login?ReturnUrl=/manage/projects");
        await page.FillAsync("#Input_UserName", user.UserName!);
        await page.FillAsync("#Input_Password", "Office#Pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("实事项目");
        await Screenshots.SaveAsync(page, $"projects-list-phone-{app.Provider.ToLowerInvariant()}", fullPage: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "新建实事项目" }).ClickAsync();
        await page.SelectOptionAsync("#Input_VillageId", new SelectOptionValue { Label = "东门渔村" });
        await page.FillAsync("#Input_Title", "东门渔村渔港码头修缮");
        await page.FillAsync("#Input_BudgetYuan", "300000");
        await page.FillAsync("#Input_Funding_0__Source", "县财政扶助资金");
        await page.FillAsync("#Input_Funding_0__Yuan", "200000");
        await page.FillAsync("#Input_Funding_1__Source", "部门帮扶资金");
        await page.FillAsync("#Input_Funding_1__Yuan", "50000");
        await Screenshots.SaveAsync(page, $"project-form-phone-{app.Provider.ToLowerInvariant()}");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await Expect(page.Locator("#project-status")).ToHaveTextAsync("计划中");
        await Expect(page.Locator("#project-funds")).ToContainTextAsync("250,000 元");
        await page.FillAsync("#msTitle", "开工建设");
        await page.FillAsync("#msDue", "2007-04-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加节点" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记落实" }).ClickAsync();
        await Expect(page.Locator("#project-status")).ToHaveTextAsync("已落实");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways");
        await Screenshots.SaveAsync(page, $"project-detail-phone-{app.Provider.ToLowerInvariant()}");
        Assert.Empty(problems.All);
    }
}

public sealed class ProjectBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : ProjectBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
