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
        Assert.Matches(@"^\d{12}$", number);
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
