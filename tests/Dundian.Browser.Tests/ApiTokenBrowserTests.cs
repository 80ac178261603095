using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// A system admin opens 系统 › API 令牌, issues a system token for 石浦镇 (the secret shown once), and revokes it.
/// Screenshots of the page with the secret and after revoking. SQLite only: the rules are tested on both providers.
/// </summary>
public sealed class ApiTokenBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string Password = "Api#Token-2026";

    [Fact]
    public async Task Admin_issues_a_system_token_sees_it_once_and_revokes_it()
    {
        await app.CreateStaffAsync("token-admin", Password, StaffRole.SystemAdmin, "象山县");
        var shipu = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().OrgUnits.Where(u => u.Name == "石浦镇").Select(u => u.Id).SingleAsync());
        await using var desk = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await desk.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", "token-admin");
        await page.FillAsync("#Input_Password", Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "API 令牌", Exact = true }).First.ClickAsync();
        await page.FillAsync("#Input_Name", "浙里办(石浦镇)");
        await page.GetByLabel("代群众提交民情诉求").CheckAsync();
        await page.GetByLabel("查询民情诉求办理状态").CheckAsync();
        await page.SelectOptionAsync("#Input_OrgUnitId", shipu.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        await Expect(page.Locator("#issued-secret")).ToContainTextAsync("dd_");
        await Expect(page.Locator("table.data")).ToContainTextAsync("系统:石浦镇");
        await Screenshots.SaveAsync(page, "api-token-issued-desktop");

        await page.GetByRole(AriaRole.Button, new() { Name = "吊销令牌 浙里办(石浦镇)" }).ClickAsync();
        await Expect(page.Locator("table.data")).ToContainTextAsync("已吊销");
        await Expect(page.Locator("#issued-secret")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "api-token-revoked-desktop");
        Assert.True(problems.All.Count == 0, string.Join("\n", problems.All));
    }
}
