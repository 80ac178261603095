using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>「返回电脑版」 and 「手机版」 in a real browser, and the desktop layout on a 360 px screen. SQLite is enough here.</summary>
public sealed class LayoutSwitchBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string NoSidewaysScroll = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth";

    [Fact]
    public async Task Phone_reader_switches_to_the_desktop_layout_and_back()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);

        await page.GotoAsync("/channel/city-news");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-layout", "mobile");
        await Screenshots.SaveAsync(page, "channel-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "返回电脑版" }).ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-layout", "desktop");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/channel/city-news$"));
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), "the desktop layout scrolls sideways on a phone");
        await Screenshots.SaveAsync(page, "channel-phone-switched-to-desktop");

        await page.GetByRole(AriaRole.Link, new() { Name = "手机版" }).ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-layout", "mobile");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/channel/city-news$"));
        Assert.Empty(problems.All);
    }

    [Fact]
    public async Task Desktop_layout_is_usable_at_360_px()
    {
        var options = Devices.Desktop(app.ServerAddress!);
        options.ViewportSize = new() { Width = 360, Height = 740 };
        await using var context = await chromium.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();

        foreach (var (url, name) in new[] { ("/", "home-desktop-360"), ("/article/1", "article-desktop-360") })
        {
            await page.GotoAsync(url);
            await Expect(page.Locator("body")).ToHaveAttributeAsync("data-layout", "desktop");
            Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), $"{url} scrolls sideways at 360 px");
            await Screenshots.SaveAsync(page, name);
        }
    }

    [Fact]
    public async Task Missing_page_shows_the_chinese_404_page()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("/article/999999");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("您访问的页面不存在");
        await Screenshots.SaveAsync(page, "error-404-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        await Expect(page.Locator("section[aria-labelledby=block-city-news]")).ToBeVisibleAsync();
    }
}
