using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// The 党建网 home page in a real browser: axe-core finds nothing on the home, article, channel and topic pages in
/// both layouts; the 焦点图 is operable by keyboard, pausable, and still under prefers-reduced-motion; nothing shifts
/// while the page loads. Screenshots at 1366 px and 390 px.
/// </summary>
public sealed class HomeBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string LayoutShift = @"() => new Promise(resolve => {
        let total = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 1500);
    })";

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Axe_finds_nothing_on_home_article_channel_and_topic_pages(string device)
    {
        await using var context = await chromium.Browser.NewContextAsync(device == "phone" ? Devices.Phone(app.ServerAddress!) : Devices.Desktop(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/");
        await Screenshots.SaveAsync(page, $"home-{device}");
        var article = await page.Locator(".focus-slide a").First.GetAttributeAsync("href");
        var found = new List<string>();
        foreach (var url in new[] { "/", article!, "/channel/photos", "/channel/news", "/topics/xiangshan-dundian" })
        {
            await page.GotoAsync(url);
            found.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{url}: {v}"));
        }
        Assert.Empty(found);
        Assert.Empty(problems.All);
    }

    [Fact]
    public async Task Focus_slides_move_by_keyboard_and_pause_and_stay_still_under_reduced_motion()
    {
        var options = Devices.Desktop(app.ServerAddress!);
        options.ReducedMotion = ReducedMotion.Reduce;
        await using var context = await chromium.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var slides = page.Locator("[data-focus-slide]");
        var pause = page.Locator("[data-focus-pause]");
        // Reduced motion: it starts paused and offers 播放.
        await Expect(pause).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(pause).ToHaveTextAsync("播放");
        await Expect(slides.Nth(0)).ToBeVisibleAsync();
        await Expect(slides.Nth(1)).ToBeHiddenAsync();

        // Keyboard: focus 下一张 and press Enter; then the arrow keys.
        await page.Locator("[data-focus-next]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(slides.Nth(1)).ToBeVisibleAsync();
        await Expect(slides.Nth(0)).ToBeHiddenAsync();
        await Expect(page.Locator("[data-focus-go='1']")).ToHaveAttributeAsync("aria-current", "true");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(slides.Nth(0)).ToBeVisibleAsync();
        await page.Locator("[data-focus-go='2']").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(slides.Nth(2)).ToBeVisibleAsync();

        // Play, then pause again: the button says what it will do and its state.
        await pause.ClickAsync();
        await Expect(pause).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(pause).ToHaveTextAsync("暂停");
        await pause.ClickAsync();
        await Expect(pause).ToHaveAttributeAsync("aria-pressed", "true");
        await Screenshots.SaveAsync(page, "home-focus-keyboard-desktop", fullPage: false);
    }

    [Fact]
    public async Task Home_and_article_pages_do_not_shift_while_loading()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.True(await page.EvaluateAsync<double>(LayoutShift) < 0.01, "the home page shifts while loading");
        var article = await page.Locator(".focus-slide a").First.GetAttributeAsync("href");
        await page.GotoAsync(article!);
        Assert.True(await page.EvaluateAsync<double>(LayoutShift) < 0.01, "the article page shifts while loading");
        await Expect(page.Locator(".article-pager")).ToBeVisibleAsync();
        await Expect(page.Locator(".article-side .ranking-list li")).ToHaveCountAsync(10);
    }
}
