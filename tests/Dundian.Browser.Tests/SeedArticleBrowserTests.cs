using Dundian.Testing;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>A reader finds the seed article from the home page and reads it, on a phone and on a desktop.</summary>
public abstract class SeedArticleBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    public const string SeedTitle = "象山县扎实推进县乡两级领导干部蹲点调研活动";

    /// <summary>One distinctive sentence from each of the five sections 一是 … 五是 of the seed.</summary>
    public static readonly string[] SectionSentences =
    [
        "县委组织部抽调骨干力量成立主题实践活动办公室",
        "县委书记周江勇赴石浦镇东门渔村,上渔船,访渔民,住渔家",
        "确定了“挖掘渔文化,发展渔家乐”调研主题",
        "共120余人,组成18个调研组,分赴18个联系村",
        "县主题实践活动办公室编发简报21期",
    ];

    private string Name(string view) => $"{view}-{app.Provider.ToLowerInvariant()}";

    [Theory]
    [InlineData("phone", "mobile")]
    [InlineData("desktop", "desktop")]
    public async Task Reader_opens_the_seed_article_from_the_home_page(string device, string layout)
    {
        await using var context = await chromium.Browser.NewContextAsync(
            device == "phone" ? Devices.Phone(app.ServerAddress!) : Devices.Desktop(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);

        await page.GotoAsync("/");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-layout", layout);
        await Expect(page.Locator("nav.channel-bar a")).ToHaveTextAsync(["首页", "头条", "时讯", "公告", "任免", "专题"]);
        await Screenshots.SaveAsync(page, Name($"home-{device}"));

        await page.Locator("section[aria-labelledby=home-city-news]").GetByRole(AriaRole.Link, new() { Name = SeedTitle }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/article/\d+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedTitle);
        await Expect(page.Locator(".article-meta")).ToContainTextAsync("时间:2007/5/8");
        await Expect(page.Locator("nav.breadcrumb li")).ToHaveTextAsync(["首页", "全市动态"]);
        foreach (var sentence in SectionSentences)
            await Expect(page.Locator("#article-body")).ToContainTextAsync(sentence);
        await Expect(page.Locator(".site-footer")).ToContainTextAsync("中共宁波市委组织部");
        // portal.js ran: the article tools are revealed (they stay hidden without JavaScript).
        await Expect(page.Locator("[data-article-tools]")).ToBeVisibleAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways");
        await Screenshots.SaveAsync(page, Name($"article-{device}"));
        await Screenshots.SaveAsync(page, Name($"article-{device}-top"), fullPage: false);
        await page.Locator(".site-footer").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, Name($"article-{device}-end"), fullPage: false);
        Assert.Empty(problems.All);
    }
}

public sealed class SeedArticleBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : SeedArticleBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;

public sealed class SeedArticleBrowserTestsOnPostgres(PostgresServerApp app, ChromiumFixture chromium)
    : SeedArticleBrowserTests(app, chromium), IClassFixture<PostgresServerApp>;
