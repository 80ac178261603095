using Dundian.Core.Accounts;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// The back office as a newcomer meets it, on a phone (390 px) and a desktop (1366 px): sign in → 工作台 → an area
/// from the menu (the drawer on a phone, no script needed) → a page, with screenshots; no page scrolls sideways or
/// breaks the CSP. And a 时讯 article published through 三审 by the demo's example accounts, counting the clicks.
/// </summary>
public abstract class WorkspaceBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    private const string Password = "Staff#Pass-2026";
    private const string NewPassword = "Changed#Pass-2026";

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Sign_in_then_the_workbench_then_an_area_then_a_page(string device)
    {
        var phone = device == "phone";
        var office = await app.CreateStaffAsync("ws-" + device + Guid.NewGuid().ToString("N")[..4], Password, StaffRole.CampaignOffice, "象山县");
        await using var context = await chromium.Browser.NewContextAsync(phone ? Devices.Phone(app.ServerAddress!) : Devices.Desktop(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await SignInAsync(page, office.UserName!, Password);

        await Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        await Expect(page.Locator("#work-list")).ToBeVisibleAsync();
        await Expect(page.Locator("#work-list")).ToContainTextAsync("民情");
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, $"workspace-home-{device}");

        var menu = page.Locator("nav.staff-side");
        if (phone)
        {
            // The drawer is closed until the 菜单 label is tapped (a checkbox, no script).
            await Expect(menu).ToBeHiddenAsync();
            await page.Locator("label.menu-button").ClickAsync();
            await Expect(menu).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "workspace-drawer-phone", fullPage: false);
        }
        else
        {
            await Expect(menu).ToBeVisibleAsync();
        }
        await Expect(menu.Locator(".menu-area")).ToContainTextAsync(["蹲点调研", "民情"]);
        // The menu label is the page title, and the breadcrumb names the area.
        await menu.GetByRole(AriaRole.Link, new() { Name = "民情诉求", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("民情诉求");
        await Expect(page.Locator("nav.breadcrumb")).ToContainTextAsync("工作台 › 民情 › 民情诉求");
        await Expect(menu.Locator("a[aria-current=page]")).ToHaveTextAsync("民情诉求");
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, $"workspace-concerns-{device}");

        // A page: the first concern, with only the steps its state allows.
        await page.Locator("table.concerns tbody a").First.ClickAsync();
        await Expect(page.Locator("nav.breadcrumb")).ToContainTextAsync("民情诉求 › 诉求");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "办理", Exact = true })).ToBeVisibleAsync();
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, $"workspace-concern-{device}");

        // The campaign dashboard: tables become cards on a phone, the chart fits the screen.
        var campaignId = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().Campaigns
            .Where(c => c.Tier == Dundian.Core.Campaigns.CampaignTier.County).Select(c => c.Id).SingleAsync());
        await page.GotoAsync($"/manage/campaigns/{campaignId}/dashboard");
        await Expect(page.Locator("a.figure").First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500); // let ECharts draw
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, $"workspace-dashboard-{device}");
        await page.GotoAsync("/manage/field-logs");
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, $"workspace-field-logs-{device}");
        Assert.Empty(problems.All);
    }

    [Fact]
    public async Task A_newcomer_publishes_a_news_article_through_three_reviews_with_the_demo_accounts()
    {
        var title = "石浦镇开展蹲点调研回头看 " + Guid.NewGuid().ToString("N")[..4];
        var clicks = 0;
        async Task Click(ILocator locator) { clicks++; await locator.ClickAsync(); }

        // The editor: first sign-in changes the one-time password, then 写文章 from the 工作台.
        await using (var context = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!)))
        {
            var page = await context.NewPageAsync();
            var problems = new PageProblems(page);
            clicks += await FirstSignInAsync(page, "editor");
            await Click(page.Locator(".quick-actions").GetByRole(AriaRole.Link, new() { Name = "写文章" }));
            await page.FillAsync("#title", title);
            await page.SelectOptionAsync("#channel", new SelectOptionValue { Label = "时讯(三审制)" });
            await Click(page.Locator(".rich-editor .ql-editor"));
            await page.Keyboard.TypeAsync("县委组织部组织调研组回访东门渔村,检查渔家乐发展计划落实情况。");
            await Click(page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }));
            await Expect(page.Locator(".message-ok")).ToContainTextAsync("已保存");
            await Click(page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }));
            await Expect(page.Locator("#article-status")).ToHaveTextAsync("审核中");
            await Screenshots.SaveAsync(page, "newcomer-submitted-desktop");
            Assert.Empty(problems.All);
        }

        // Three reviewers, each at his level: the 工作台 says what waits for him.
        for (var level = 1; level <= 3; level++)
        {
            await using var context = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
            var page = await context.NewPageAsync();
            var problems = new PageProblems(page);
            clicks += await FirstSignInAsync(page, "reviewer" + level);
            var waiting = page.Locator("#work-list a").Filter(new() { HasText = "待我审核的文章" });
            await Expect(waiting.Locator(".work-count")).ToHaveTextAsync("1");
            if (level == 1) await Screenshots.SaveAsync(page, "newcomer-reviewer-workbench-desktop");
            await Click(waiting);
            await Click(page.GetByRole(AriaRole.Link, new() { Name = title }));
            await Click(page.GetByRole(AriaRole.Button, new() { Name = "通过" }));
            await Expect(page.Locator(".message-ok")).ToContainTextAsync(level < 3 ? "已转" : "已发布");
            Assert.Empty(problems.All);
        }

        var published = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().Articles
            .Where(a => a.Title == title).Select(a => new { a.Status, a.Channel!.Slug }).SingleAsync());
        Assert.Equal((ArticleStatus.Published, "news"), (published.Status, published.Slug));
        await using var reader = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var portal = await reader.NewPageAsync();
        await portal.GotoAsync("/channel/news");
        await Expect(portal.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        // 4 accounts; 2 clicks to sign in and set a password, then 4 for the editor and 3 for each reviewer.
        Assert.Equal(4 * 2 + 4 + 3 * 3, clicks);
        File.WriteAllText(Path.Combine(Screenshots.Folder, "newcomer-clicks.txt"), $"clicks: {clicks}, accounts: 4\n");
    }

    /// <summary>Signs in with the one-time password and sets a new one; returns the clicks it took.</summary>
    private static async Task<int> FirstSignInAsync(IPage page, string userName)
    {
        await SignInAsync(page, userName, DundianApp.DemoPassword);
        await page.FillAsync("#Input_OldPassword", DundianApp.DemoPassword);
        await page.FillAsync("#Input_NewPassword", NewPassword);
        await page.FillAsync("#Input_ConfirmPassword", NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        return 2;
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    private static async Task NoSidewaysScrollAsync(IPage page)
    {
        var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{page.Url} scrolls sideways: {wide}");
    }
}

public sealed class WorkspaceBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : WorkspaceBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
