using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// A resident on a phone reports a problem, keeps the number and code, and after staff act reads the reply.
/// Her phone number must not appear on any public page she visits.
/// </summary>
public abstract class ConcernBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    private const string Phone = "13957412368", Name = "蒋德昭";
    private const string Reply = "镇交通办已修复码头路面,恢复通行。";

    private string Shot(string view) => $"concern-{view}-{app.Provider.ToLowerInvariant()}";

    [Fact]
    public async Task Resident_submits_on_a_phone_and_tracks_the_reply_without_her_phone_ever_showing()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        var publicPages = new List<string>();
        async Task Keep() => publicPages.Add(await page.ContentAsync());

        await page.GotoAsync("/");
        await page.Locator(".footer-concerns").GetByRole(AriaRole.Link, new() { Name = "我要反映" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/concerns/new$"));
        await page.SelectOptionAsync("#Input_CategoryCode", "roads");
        await page.SelectOptionAsync("#Input_VillageId", new SelectOptionValue { Label = "东门渔村" });
        await page.FillAsync("#Input_Description", "东门渔村码头路面塌陷,车辆和行人通行困难,请尽快修复。");
        await page.FillAsync("#Input_ReporterName", Name);
        await page.FillAsync("#Input_ReporterPhone", Phone);
        await page.FillAsync("#Input_Location", "渔港码头东侧");
        await Screenshots.SaveAsync(page, Shot("form-phone"));
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/concerns/submitted$"));
        var number = (await page.Locator("#tracking-number").TextContentAsync())!.Trim();
        var code = (await page.Locator("#query-code").TextContentAsync())!.Trim();
        Assert.Matches(@"^\d{16}$", number);
        Assert.Matches(@"^\d{6}$", code);
        await Screenshots.SaveAsync(page, Shot("submitted-phone"));
        await Keep();

        await StaffResolveAsync(number);

        await page.GetByRole(AriaRole.Link, new() { Name = "去办件查询" }).ClickAsync();
        await page.FillAsync("#Number", number);
        await page.FillAsync("#Code", code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.Locator("#concern-status")).ToHaveTextAsync("办结");
        await Expect(page.Locator("#concern-reply")).ToHaveTextAsync(Reply);
        await Expect(page.Locator(".concern-history li")).ToHaveCountAsync(4);
        await Screenshots.SaveAsync(page, Shot("tracked-phone"));
        await Keep();

        await page.GetByRole(AriaRole.Link, new() { Name = "已办结诉求" }).First.ClickAsync();
        await page.SelectOptionAsync("#village", new SelectOptionValue { Label = "东门渔村" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Expect(page.Locator(".concern-list")).ToContainTextAsync("蒋**");
        await Screenshots.SaveAsync(page, Shot("resolved-phone"));
        await Keep();

        Assert.All(publicPages, html =>
        {
            Assert.DoesNotContain(Phone, html);
            Assert.DoesNotContain(Name, html);
        });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways");
        Assert.Empty(problems.All);
    }

    [Fact]
    public async Task Campaign_office_opens_a_concern_on_the_workbench_and_sees_the_history_in_chinese()
    {
        var user = await app.CreateStaffAsync("office-" + Guid.NewGuid().ToString("N")[..6], "Office#Pass-2026",
            Core.Accounts.StaffRole.CampaignOffice, "象山县");
        var (concern, _) = await app.WithScopeAsync(async sp =>
        {
            var village = await sp.GetRequiredService<DundianDbContext>().OrgUnits.SingleAsync(u => u.Name == "番西村");
            return await sp.GetRequiredService<ConcernIntake>().SubmitAsync(
                new ConcernSubmission("sanitation", village.Id, "番西村河道漂浮垃圾较多,气味大,请安排清理。", Name, Phone),
                ConcernSource.Portal, null);
        });
        await using var context = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);

        await page.GotoAsync("/account/login?ReturnUrl=/manage/concerns");
        await page.FillAsync("#Input_UserName", user.UserName!);
        await page.FillAsync("#Input_Password", "Office#Pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("民情诉求");
        await Expect(page.Locator(".staff-nav")).ToContainTextAsync("民情诉求");
        await page.GetByRole(AriaRole.Link, new() { Name = concern.TrackingNumber }).ClickAsync();
        // The unit picker indents its options as a tree: pick the town by its name, whatever the indent.
        var town = await page.Locator("#unitId option", new() { HasText = "石浦镇" }).First.GetAttributeAsync("value");
        await page.SelectOptionAsync("#unitId", town!);
        await page.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();
        await Expect(page.Locator(".message-ok")).ToHaveTextAsync("已交办。");
        await Expect(page.Locator("#concern-status")).ToContainTextAsync("交办");
        await Expect(page.Locator("table.data").Last).ToContainTextAsync("受理");
        await Expect(page.Locator("table.data").First).ToContainTextAsync(Phone);
        await Screenshots.SaveAsync(page, Shot("staff-detail-desktop"));
        Assert.True(problems.All.Count == 0, string.Join("\n", problems.All));
    }

    /// <summary>The campaign office assigns, starts and resolves the concern (the staff pages are tested over HTTP).</summary>
    private Task<int> StaffResolveAsync(string number) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<DundianDbContext>();
        var concern = await db.Concerns.Include(c => c.Category).SingleAsync(c => c.TrackingNumber == number);
        var town = await db.OrgUnits.SingleAsync(u => u.Name == "石浦镇");
        var now = DateTime.UtcNow;
        concern.Assign(town.Id, concern.Category!.TimeLimitDays, now, "office");
        concern.Start(now.AddMinutes(1), "office");
        concern.Resolve(Reply, now.AddMinutes(2), "office");
        return await db.SaveChangesAsync();
    });
}

public sealed class ConcernBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : ConcernBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
