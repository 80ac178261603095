using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Documents;
using Dundian.Testing;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// The office imports a hotline batch from the concerns list on a phone: a file with a bad row shows every problem by
/// row and saves nothing; the corrected file is imported. Screenshots of both outcomes.
/// </summary>
public abstract class ImportBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    [Fact]
    public async Task An_office_imports_a_hotline_batch_and_sees_bad_rows_first()
    {
        var user = await app.CreateStaffAsync("office-" + Guid.NewGuid().ToString("N")[..6], "Office#Pass-2026", StaffRole.CampaignOffice, "象山县");
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/account/login?ReturnUrl=/manage/concerns");
        await page.FillAsync("#Input_UserName", user.UserName!);
        await page.FillAsync("#Input_Password", "Office#Pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "导入热线工单" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("从 Excel 导入热线诉求");

        var batch = Guid.NewGuid().ToString("N")[..6];
        byte[] File(string secondVillage, string secondTime) => XlsxWriter.ToBytes(new XlsxSheet("热线诉求", ConcernSheet.Headers,
        [
            [$"12345-{batch}-1", "2007-04-02 09:30", "道路交通", "东门渔村", "村口路灯坏了一个多月,晚上出行不便", null, null, null, "石浦镇"],
            [$"12345-{batch}-2", secondTime, "道路交通", secondVillage, "码头附近道路破损,雨天积水", null, null, null, null],
        ]));
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "热线.xlsx", MimeType = XlsxWriter.ContentType, Buffer = File("查无此村", "2007-04-31 10:00") });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Expect(page.Locator(".import-problems li")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, $"concern-import-problems-phone-{app.Provider.ToLowerInvariant()}");

        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "热线.xlsx", MimeType = XlsxWriter.ContentType, Buffer = File("东门渔村", "2007-04-03 10:00") });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Expect(page.Locator(".message-ok")).ToContainTextAsync("已导入 2 条诉求");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways");
        await Screenshots.SaveAsync(page, $"concern-import-done-phone-{app.Provider.ToLowerInvariant()}");
        Assert.Empty(problems.All);
    }
}

public sealed class ImportBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : ImportBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
