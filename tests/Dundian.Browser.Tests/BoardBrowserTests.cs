using Dundian.Core.Community;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// A resident leaves a message on a phone; a moderator approves and answers it on the desktop queue (where a held
/// comment's sensitive word is highlighted); the resident finds the official reply under her message. Her contact
/// never appears on a public page.
/// </summary>
public abstract class BoardBrowserTests(DundianApp app, ChromiumFixture chromium)
{
    private const string Contact = "13857412369", Subject = "渔港停车难,建议增设停车位";
    private const string Body = "每到休渔期,石浦渔港周边车辆很多,停车非常困难,建议在渔港东侧规划临时停车位。";
    private const string Reply = "感谢您的建议。县交通局已会同石浦镇在渔港东侧规划临时停车位 60 个,休渔期前启用。";

    private string Shot(string view) => $"board-{view}-{app.Provider.ToLowerInvariant()}";

    [Fact]
    public async Task A_resident_posts_a_message_on_a_phone_and_reads_the_official_reply_after_staff_answer()
    {
        await using var phone = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await phone.NewPageAsync();
        var problems = new PageProblems(page);
        var publicPages = new List<string>();

        await page.GotoAsync("/");
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "留言板" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/board$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "我要留言" }).ClickAsync();
        await page.FillAsync("#Form_Subject", Subject);
        await page.FillAsync("#Form_Body", Body);
        await page.FillAsync("#Form_Nickname", "陈海生");
        await page.FillAsync("#Form_Contact", Contact);
        await Screenshots.SaveAsync(page, Shot("form-phone"));
        await page.GetByRole(AriaRole.Button, new() { Name = "提交留言" }).ClickAsync();
        await Expect(page.Locator(".message-ok")).ToContainTextAsync("审核通过后公开显示");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(Subject);
        publicPages.Add(await page.ContentAsync());

        await SeedHeldCommentAsync();
        await StaffApproveAndReplyAsync();

        await page.GotoAsync("/board");
        var item = page.Locator("#board-list > li").Filter(new() { HasText = Subject });
        await Expect(item.Locator(".community-reply")).ToContainTextAsync(Reply);
        await Expect(item.Locator(".community-reply")).ToContainTextAsync("象山县");
        await Expect(item.Locator(".community-author")).ToHaveTextAsync("陈**");
        await Expect(page.Locator("#board-counts")).ToContainTextAsync("已答复 1 条");
        await Screenshots.SaveAsync(page, Shot("replied-phone"));
        publicPages.Add(await page.ContentAsync());

        Assert.All(publicPages, html => { Assert.DoesNotContain(Contact, html); Assert.DoesNotContain("陈海生", html); });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways");
        Assert.True(problems.All.Count == 0, string.Join("\n", problems.All));
    }

    [Fact]
    public async Task Comments_and_the_comment_form_sit_under_the_article_on_a_phone()
    {
        var articleId = await app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().Articles
            .Where(a => a.PublishedAt != null).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        await using var phone = await chromium.Browser.NewContextAsync(Devices.Phone(app.ServerAddress!));
        var page = await phone.NewPageAsync();
        var problems = new PageProblems(page);
        // The article page is cached for everyone: its script counts the view (POST /article/{id}/view) and shows the count.
        var beacon = await page.RunAndWaitForResponseAsync(() => page.GotoAsync($"/article/{articleId}"),
            r => r.Url.EndsWith($"/article/{articleId}/view", StringComparison.Ordinal) && r.Request.Method == "POST");
        Assert.Equal(200, beacon.Status);
        var counted = (await beacon.JsonAsync())!.Value.GetProperty("views").GetInt32();
        await Expect(page.Locator("#article-views")).ToHaveTextAsync(counted.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The form is on its own page, behind the 「发表评论」 link under the comments.
        await page.Locator("#comments").GetByRole(AriaRole.Link, new() { Name = "发表评论" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/article/{articleId}/comment$"));
        await page.FillAsync("#Form_Body", "蹲点干部住到村里、吃在村里,实实在在为群众办事,点赞!<script>alert(1)</script>");
        await page.FillAsync("#Form_Nickname", "王小明");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评论" }).ClickAsync();
        await Expect(page.Locator(".message-error").First).ToContainTextAsync("不能包含网页代码");
        await Screenshots.SaveAsync(page, Shot("comment-refused-phone"), fullPage: false);
        await page.FillAsync("#Form_Body", "蹲点干部住到村里、吃在村里,实实在在为群众办事,点赞!");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评论" }).ClickAsync();
        await Expect(page.Locator(".message-ok")).ToContainTextAsync("审核通过后显示");
        await Screenshots.SaveAsync(page, Shot("comment-sent-phone"), fullPage: false);
        await page.GetByRole(AriaRole.Link, new() { Name = "返回文章" }).ClickAsync();

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var comment = await db.Comments.Where(c => c.ArticleId == articleId && c.Nickname == "王小明").SingleAsync();
            comment.Approve("reviewer", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        await page.ReloadAsync();
        await Expect(page.Locator("#comments .community-list")).ToContainTextAsync("王**");
        await page.Locator("#comments").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, Shot("article-comments-phone"), fullPage: false);

        // 举报 is a link to a confirmation page, which posts with its own token and answers there.
        var item = page.Locator("#comments li").Filter(new() { HasText = "王**" }).Last;
        await item.GetByRole(AriaRole.Link, new() { Name = "举报" }).ClickAsync();
        await Expect(page.Locator(".community-report-quote")).ToContainTextAsync("实实在在为群众办事");
        await Screenshots.SaveAsync(page, Shot("report-confirm-phone"), fullPage: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "确认举报" }).ClickAsync();
        await Expect(page.Locator(".message-ok")).ToContainTextAsync("已收到您的举报");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the page scrolls sideways");
        Assert.True(problems.All.Count == 0, string.Join("\n", problems.All));
    }

    /// <summary>A comment held for a lexicon word, so the queue screenshot shows the highlight.</summary>
    private Task<Comment> SeedHeldCommentAsync() => app.WithScopeAsync(async sp =>
    {
        // 代开发票 comes with the starter lexicon loaded at first start (StarterLexicon).
        var articleId = await sp.GetRequiredService<DundianDbContext>().Articles.Where(a => a.PublishedAt != null).Select(a => a.Id).FirstAsync();
        return await sp.GetRequiredService<CommunityIntake>().CommentAsync(articleId,
            new PostInput("小李", null, "专业代开发票,价格优惠,有意者私聊。"));
    });

    private async Task StaffApproveAndReplyAsync()
    {
        const string password = "Review#Pass-2026";
        var user = await app.CreateStaffAsync("reviewer-" + Guid.NewGuid().ToString("N")[..6], password, Core.Accounts.StaffRole.Reviewer);
        await using var desk = await chromium.Browser.NewContextAsync(Devices.Desktop(app.ServerAddress!));
        var page = await desk.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync("/account/login?ReturnUrl=/manage/moderation");
        await page.FillAsync("#Input_UserName", user.UserName!);
        await page.FillAsync("#Input_Password", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("评论与留言审核");
        await Expect(page.Locator(".moderation-queue mark")).ToHaveTextAsync("代开发票");
        await Screenshots.SaveAsync(page, Shot("queue-desktop"));

        await page.Locator("tr").Filter(new() { HasText = "渔港停车难" }).GetByRole(AriaRole.Link, new() { Name = "留言" }).ClickAsync();
        await Expect(page.Locator("#post-contact")).ToHaveTextAsync("138****2369");
        await page.GetByRole(AriaRole.Button, new() { Name = "通过并公开" }).ClickAsync();
        await Expect(page.Locator(".message-ok")).ToContainTextAsync("已通过");
        await page.FillAsync("#reply", Reply);
        await page.SelectOptionAsync("#unitId", new SelectOptionValue { Label = "象山县" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存答复" }).ClickAsync();
        await Expect(page.Locator("#post-reply")).ToContainTextAsync(Reply);
        await Screenshots.SaveAsync(page, Shot("answered-desktop"));
        Assert.True(problems.All.Count == 0, string.Join("\n", problems.All));
    }
}

public sealed class BoardBrowserTestsOnSqlite(SqliteServerApp app, ChromiumFixture chromium)
    : BoardBrowserTests(app, chromium), IClassFixture<SqliteServerApp>;
