using Dundian.Testing;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>A reader on a phone searches 蹲点调研 from the header box and sees the seed article highlighted.</summary>
public abstract class SearchBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    [Fact]
    public async Task Reader_searches_from_the_header_box_on_a_phone()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);

        await page.GotoAsync("/");
        var box = page.Locator("header form[role=search] input[name=q]");
        await box.FillAsync("蹲点调研");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q=%E8%B9%B2%E7%82%B9%E8%B0%83%E7%A0%94$"));
        var hit = page.Locator(".search-hit").Filter(new() { HasText = SeedArticleBrowserTests.SeedTitle });
        await Expect(hit).ToHaveCountAsync(1);
        await Expect(hit.Locator("h2 mark").First).ToBeVisibleAsync();
        await Expect(hit.Locator(".search-snippet mark").First).ToBeVisibleAsync();
        await Expect(page.Locator("header input[name=q]")).ToHaveValueAsync("蹲点调研");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways");
        await Screenshots.SaveAsync(page, $"search-phone-{app.Provider.ToLowerInvariant()}");
        await Screenshots.SaveAsync(page, $"search-phone-{app.Provider.ToLowerInvariant()}-top", fullPage: false);

        // The filters fold away on a phone; open them, keep only 全市动态 and apply.
        await Expect(page.Locator(".search-filter-fields")).ToBeHiddenAsync();
        await page.GetByText("筛选与排序").ClickAsync();
        await page.Locator("select[name=channel]").SelectOptionAsync("city-news");
        await Screenshots.SaveAsync(page, $"search-phone-filters-{app.Provider.ToLowerInvariant()}", fullPage: false);
        await page.Locator(".search-apply").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"channel=city-news"));
        await Expect(page.Locator(".search-hit")).ToHaveCountAsync(1);
        await Expect(page.Locator(".search-filter-fields")).ToBeVisibleAsync();

        await hit.Locator("h2 a").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedArticleBrowserTests.SeedTitle);
        Assert.Empty(problems.All);
    }

    [Fact]
    public async Task Desktop_header_shows_the_search_box()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("周江勇"));
        await Expect(page.Locator(".search-hit").First).ToContainTextAsync("周江勇");
        await Screenshots.SaveAsync(page, $"search-desktop-{app.Provider.ToLowerInvariant()}", fullPage: false);
    }
}

public sealed class SearchBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : SearchBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
