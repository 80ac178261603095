using Dundian.Core.Accounts;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// An editor writes an article in the rich editor (with an uploaded picture and its alt text), three different
/// reviewers approve it at 一审, 二审 and 三审, and it appears on the portal. No page may break the CSP.
/// </summary>
public abstract class NewsroomBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    private const string Password = "Staff#Pass-2026";
    private const string Title = "东门渔村蹲点调研纪实";

    [Fact]
    public async Task An_article_written_in_the_rich_editor_passes_three_reviewers_and_is_published()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var editor = await app.CreateStaffAsync("bj-" + suffix, Password, StaffRole.Editor);
        var reviewers = new List<AppUser>();
        for (var level = 1; level <= 3; level++)
            reviewers.Add(await app.CreateStaffAsync($"sh{level}-{suffix}", Password, StaffRole.Reviewer));
        var channelId = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var channel = await db.Channels.SingleAsync(c => c.Slug == "news");
            db.ChannelReviewers.RemoveRange(db.ChannelReviewers.Where(r => r.ChannelId == channel.Id));
            for (var level = 1; level <= 3; level++)
                db.ChannelReviewers.Add(new ChannelReviewer { ChannelId = channel.Id, Level = level, UserId = reviewers[level - 1].Id });
            await db.SaveChangesAsync();
            return channel.Id;
        });

        // A picture to upload: a shot of the portal's own header.
        await using var context = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/");
        var picture = await page.ScreenshotAsync(new() { Clip = new() { X = 0, Y = 0, Width = 900, Height = 260 } });
        var picturePath = Path.Combine(Path.GetTempPath(), $"newsroom-{suffix}.png");
        await File.WriteAllBytesAsync(picturePath, picture);

        await SignInAsync(page, editor.UserName!);
        await page.GotoAsync("/manage/newsroom");
        await page.GetByRole(AriaRole.Link, new() { Name = "写文章" }).ClickAsync();
        await page.FillAsync("#title", Title);
        await page.SelectOptionAsync("#channel", channelId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#summary", "县委组织部调研组在东门渔村蹲点七天。");
        var body = page.Locator(".rich-editor .ql-editor");
        await Expect(body).ToBeVisibleAsync();
        Assert.False(await page.Locator("#body").IsVisibleAsync());
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("调研组走访农户四十二户,召开座谈会两次,帮助渔村制定渔家乐发展计划。");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".ql-toolbar button.ql-image").ClickAsync();
        await page.SetInputFilesAsync(".rich-image-file", picturePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并插入" }).ClickAsync();
        // Alt text is required before anything is uploaded.
        await Expect(page.Locator(".rich-image-status")).ToContainTextAsync("请填写图片说明");
        await page.FillAsync(".rich-image-alt", "宁波党建网首页页眉");
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并插入" }).ClickAsync();
        await Expect(body.Locator("img[alt='宁波党建网首页页眉']")).ToBeVisibleAsync();
        await body.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("下一步,调研组将跟踪项目落实情况。");
        await page.Locator(".ql-toolbar button.ql-bold").IsVisibleAsync();
        await page.FillAsync("#tags", "蹲点调研、渔家乐");
        await Screenshots.SaveAsync(page, "newsroom-editor-desktop");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(page.Locator(".message-ok")).ToContainTextAsync("已保存");
        var id = int.Parse(page.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().Articles.SingleAsync(a => a.Id == id));
        Assert.Contains("alt=\"宁波党建网首页页眉\"", stored.BodyHtml);
        Assert.Contains("走访农户四十二户", stored.BodyHtml);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(page.Locator("#article-status")).ToHaveTextAsync("审核中");
        await Screenshots.SaveAsync(page, "newsroom-submitted-desktop");

        for (var level = 1; level <= 3; level++)
        {
            await using var reviewContext = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
            var review = await reviewContext.NewPageAsync();
            var reviewProblems = new PageProblems(review);
            await SignInAsync(review, reviewers[level - 1].UserName!);
            await review.GotoAsync("/manage/articles/review");
            await review.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            if (level == 3) await Screenshots.SaveAsync(review, "newsroom-review-desktop");
            await review.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
            await Expect(review.Locator(".message-ok")).ToContainTextAsync(level < 3 ? "已转" : "已发布");
            Assert.Empty(reviewProblems.All);
        }

        await using var phone = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var reader = await phone.NewPageAsync();
        var readerProblems = new PageProblems(reader);
        await reader.GotoAsync($"/article/{id}");
        await Expect(reader.Locator(".article-title")).ToHaveTextAsync(Title);
        await Expect(reader.Locator("#article-body img[alt='宁波党建网首页页眉']")).ToBeVisibleAsync();
        await Expect(reader.Locator(".article-footnote")).ToContainTextAsync("渔家乐");
        await Screenshots.SaveAsync(reader, "newsroom-published-phone");
        var wide = await reader.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        Assert.True(await reader.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the article scrolls sideways on a phone: " + wide);
        Assert.Empty(problems.All);
        Assert.Empty(readerProblems.All);
        File.Delete(picturePath);
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}

public sealed class NewsroomBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : NewsroomBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
