using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// The display switches on every portal page: larger text and high contrast, remembered across pages and reloads;
/// full keyboard use (skip link first, visible focus); alt text on portal images; the composed 专题 page.
/// Presentation only, so SQLite is enough here.
/// </summary>
public sealed class AccessibilityBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string NoSidewaysScroll = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth";

    [Fact]
    public async Task Reader_turns_on_high_contrast_and_large_text_and_both_are_remembered()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/");
        var html = page.Locator("html");
        await Screenshots.SaveAsync(page, "a11y-home-phone-normal");
        var bodyColour = "() => getComputedStyle(document.body).backgroundColor";
        var sizeOf = "() => parseFloat(getComputedStyle(document.body).fontSize)";
        var normalSize = await page.EvaluateAsync<double>(sizeOf);

        await page.GetByRole(AriaRole.Button, new() { Name = "高对比度" }).ClickAsync();
        await Expect(html).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("high-contrast"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>(bodyColour));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "高对比度" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByRole(AriaRole.Button, new() { Name = "大字号" }).ClickAsync();
        await Expect(html).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("text-large"));
        Assert.True(await page.EvaluateAsync<double>(sizeOf) > normalSize);
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), "large text scrolls sideways on a phone");
        await Screenshots.SaveAsync(page, "a11y-home-phone-high-contrast-large");

        // Remembered on the next page (the article, served from the output cache: the choice lives in the browser).
        await page.GotoAsync("/article/1");
        await Expect(html).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("high-contrast"));
        await Expect(page.Locator("#article-body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-large"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "大", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), "the article scrolls sideways in large text");
        await Screenshots.SaveAsync(page, "a11y-article-phone-high-contrast-large", fullPage: false);

        // And switched back.
        await page.GetByRole(AriaRole.Button, new() { Name = "高对比度" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "标准字号" }).ClickAsync();
        await page.ReloadAsync();
        await Expect(html).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("high-contrast|text-large"));
        Assert.Empty(problems.All);
    }

    [Fact]
    public async Task Keyboard_user_reaches_the_skip_link_first_and_sees_the_focus()
    {
        await using var context = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/topics/xiangshan-dundian");
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        await Expect(focused).ToHaveTextAsync("跳到正文");
        Assert.True(await focused.EvaluateAsync<bool>("e => e.getBoundingClientRect().top >= 0"), "the skip link stays off screen when focused");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main$"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.id === 'main'"), "the skip link did not move the focus to the content");

        // From the top again, Tab on to the first link of the channel bar: the focus ring is visible (an outline, not 'none').
        await page.GotoAsync("/topics/xiangshan-dundian");
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement.closest('.channel-bar') !== null")) break;
        }
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('.channel-bar') !== null"), "Tab never reached the channel bar");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await Screenshots.SaveAsync(page, "a11y-keyboard-focus-desktop", fullPage: false);

        // Every image on the portal pages has alt text.
        foreach (var url in new[] { "/", "/topics/xiangshan-dundian", "/article/1", "/channel/topics" })
        {
            await page.GotoAsync(url);
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.images].filter(i => !i.hasAttribute('alt')).length"));
        }
    }

    [Fact]
    public async Task The_composed_topic_page_reads_well_on_a_phone_and_a_desktop()
    {
        await using var phone = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await phone.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/channel/topics");
        await page.GetByRole(AriaRole.Link, new() { Name = "联镇带村谋发展 蹲点联系办实事" }).ClickAsync();
        await Expect(page.Locator("h1.topic-title")).ToHaveTextAsync("联镇带村谋发展 蹲点联系办实事");
        await Expect(page.Locator("[data-section-kind=CampaignFigures] .campaign-figures-text")).ToContainTextAsync("累计进村蹲点调研时间达");
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll), "the topic page scrolls sideways on a phone");
        await Screenshots.SaveAsync(page, "topic-phone");
        Assert.Empty(problems.All);

        await using var desktop = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var wide = await desktop.NewPageAsync();
        await wide.GotoAsync("/topics/xiangshan-dundian");
        await Screenshots.SaveAsync(wide, "topic-desktop");
    }
}
