using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// The administrator opens 组织机构 from the nav, unfolds 象山县 → 石浦镇, searches a village by name, and merges two
/// villages of 石浦镇 on a date (撤村并居); the merged villages stay, struck through, with their successor linked.
/// A phone screenshot of the tree too. SQLite only: the rules are tested on both providers elsewhere.
/// </summary>
public sealed class OrgUnitBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string Password = "Org#Tree-2026";

    [Fact]
    public async Task Admin_browses_searches_and_merges_two_villages()
    {
        await app.CreateStaffAsync("org-admin", Password, StaffRole.SystemAdmin, "宁波市");
        await using var desk = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await desk.NewPageAsync();
        var problems = new PageProblems(page);
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "组织机构", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "展开 象山县" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "展开 石浦镇" }).ClickAsync();
        await Expect(page.Locator(".org-tree")).ToContainTextAsync("番西村");
        await Expect(page.Locator(".org-tree")).ToContainTextAsync("330225100000");
        await Screenshots.SaveAsync(page, "org-tree-desktop");

        await page.FillAsync("#q", "沙塘");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.Locator("table.org-search")).ToContainTextAsync("宁波市 › 象山县 › 石浦镇");
        await Screenshots.SaveAsync(page, "org-search-desktop");

        await page.GotoAsync("/manage/org-units?q=番西村");
        await page.GetByRole(AriaRole.Link, new() { Name = "番西村", Exact = true }).ClickAsync();
        await page.Locator("summary", new() { HasText = "合并(撤村并居)" }).ClickAsync();
        await page.GetByLabel("沙塘湾村").CheckAsync();
        await page.FillAsync("#merge-name", "番塘村");
        await page.FillAsync("#merge-on", "2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "合并", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("番塘村");
        await Expect(page.Locator(".org-facts")).ToContainTextAsync("合并前的单位");
        await Screenshots.SaveAsync(page, "org-unit-merged-desktop");

        var (old, successors) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var units = await db.OrgUnits.Where(u => u.Name == "番西村" || u.Name == "沙塘湾村").ToListAsync();
            return (units, await db.OrgUnitSuccessions.CountAsync(s => s.Successor!.Name == "番塘村"));
        });
        Assert.All(old, u => Assert.Equal(new DateOnly(2026, 1, 1), u.ValidTo));
        Assert.Equal(2, successors);

        var phone = Devices.Phone(app.ServerAddress!);
        phone.ViewportSize = new() { Width = 360, Height = 780 };
        await using var phoneContext = await chromium.Browser.NewContextAsync(phone);
        var small = await phoneContext.NewPageAsync();
        var phoneProblems = new PageProblems(small);
        await SignInAsync(small);
        var shipu = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().OrgUnits.Where(u => u.Name == "石浦镇").Select(u => u.Id).SingleAsync());
        await small.GotoAsync($"/manage/org-units?open={shipu}&retired=true");
        await Expect(small.Locator(".org-retired").First).ToContainTextAsync("番西村");
        Assert.True(await small.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the tree scrolls sideways on a phone");
        await Screenshots.SaveAsync(small, "org-tree-phone");

        Assert.Empty(problems.All);
        Assert.Empty(phoneProblems.All);
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", "org-admin");
        await page.FillAsync("#Input_Password", Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}
