using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// Layout switch 「返回电脑版」/「手机版」, the desktop layout at 360 px, the 404 page, large text and print.
/// Presentation only, so SQLite is enough here.
/// </summary>
public sealed class PortalBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
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
        await Expect(page.Locator("section[aria-labelledby=home-city-news]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Older_reader_enlarges_the_text_and_the_choice_is_remembered()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/article/1");
        var body = page.Locator("#article-body");
        var before = await body.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");

        await page.GetByRole(AriaRole.Button, new() { Name = "大", Exact = true }).ClickAsync();
        await Expect(body).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-large"));
        Assert.True(await body.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)") > before);

        await page.ReloadAsync();
        await Expect(body).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-large"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "大", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task Printing_an_article_leaves_out_the_navigation()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/article/1");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("nav.channel-bar")).ToBeHiddenAsync();
        await Expect(page.Locator(".layout-switch")).ToBeHiddenAsync();
        await Expect(page.Locator("#article-body")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "article-print");
    }
}
