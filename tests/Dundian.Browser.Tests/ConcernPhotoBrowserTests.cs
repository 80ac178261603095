using Dundian.Core.Accounts;
using Dundian.Testing;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// On a phone: a resident attaches a photo to her concern, the campaign office opens the concern (also on a phone)
/// and sees the photo; public commitments read well at 390 px. Screenshots are saved for a person to look at.
/// </summary>
public abstract class ConcernPhotoBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    private string Shot(string view) => $"{view}-{app.Provider.ToLowerInvariant()}";

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways");

    [Fact]
    public async Task A_resident_attaches_a_photo_on_a_phone_and_the_office_sees_it_on_the_concern()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);

        await page.GotoAsync("/concerns/new");
        await page.SelectOptionAsync("#Input_CategoryCode", "roads");
        await page.SelectOptionAsync("#Input_VillageId", new SelectOptionValue { Label = "东门渔村" });
        await page.FillAsync("#Input_Description", "东门渔村码头护栏断裂,夜间有人落水的危险,请尽快修复。");
        await page.FillAsync("#Input_ReporterName", "蒋德昭");
        await page.FillAsync("#Input_ReporterPhone", "13957412368");
        await page.SetInputFilesAsync("#Input_Photos", new FilePayload { Name = "护栏.png", MimeType = "image/png", Buffer = TestImages.Png(320, 240) });
        await Screenshots.SaveAsync(page, Shot("concern-photo-form-phone"));
        await AssertNoSidewaysScrollAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/concerns/submitted$"));
        var number = (await page.Locator("#tracking-number").TextContentAsync())!.Trim();

        var user = await app.CreateStaffAsync("office-" + Guid.NewGuid().ToString("N")[..6], "Office#Pass-2026", StaffRole.CampaignOffice, "象山县");
        await using var staffContext = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var staff = await staffContext.NewPageAsync();
        var staffProblems = new PageProblems(staff);
        await staff.GotoAsync("/account/login?ReturnUrl=/manage/concerns");
        await staff.FillAsync("#Input_UserName", user.UserName!);
        await staff.FillAsync("#Input_Password", "Office#Pass-2026");
        await staff.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        var photo = staff.Locator(".concern-photos img");
        await Expect(photo).ToHaveCountAsync(1);
        await photo.ScrollIntoViewIfNeededAsync();
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 320"), "the photo did not load");
        await Screenshots.SaveAsync(staff, Shot("concern-photo-staff-phone"));

        // The same photo address opened without signing in: nothing.
        var src = await photo.GetAttributeAsync("src");
        var anonymous = await context.APIRequest.GetAsync(src!);
        Assert.Equal(404, anonymous.Status);

        Assert.Empty(problems.All);
        Assert.Empty(staffProblems.All);
    }

    [Fact]
    public async Task Public_commitments_and_completed_projects_read_well_on_a_phone()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/commitments");
        await Expect(page.Locator(".commitment-list li").First).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, Shot("commitments-list-phone"));

        await page.Locator(".commitment-list li h2 a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/commitments/\\d+$"));
        await Expect(page.Locator("#commitment-status")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, Shot("commitment-detail-phone"));

        await page.Locator(".footer-concerns").GetByRole(AriaRole.Link, new() { Name = "实事项目" }).ClickAsync();
        await page.SelectOptionAsync("#village", new SelectOptionValue { Label = "东门渔村" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Expect(page.Locator(".project-list li").First).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, Shot("projects-completed-phone"));
        Assert.Empty(problems.All);
    }
}

public sealed class ConcernPhotoBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : ConcernPhotoBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
