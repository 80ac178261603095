using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Community;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Community;

/// <summary>Comments under an article: pre-moderation, sensitive words, reports, refusal of bad input and markup.</summary>
public abstract class CommentTests(DundianApp app)
{
    [Fact]
    public async Task A_clean_comment_waits_for_approval_then_shows_with_a_masked_nickname_and_no_contact()
    {
        var article = await app.ArticleIdAsync();
        var body = CommunityClients.Unique("蹲点干部进村入户,为群众办实事,点赞!");
        var reader = app.Reader();
        var posted = await reader.CommentAsync(article, body, "王小明", CommunityClients.Contact);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        // The answer is on the (uncached) comment page: the article page is shared by every reader through the cache.
        Assert.Equal($"/article/{article}/comment", posted.RedirectTarget());
        var answer = await reader.GetDocumentAsync(posted.RedirectTarget()!);
        Assert.Contains("评论已提交,审核通过后显示", answer.QuerySelector(".message-ok")!.TextContent);
        Assert.Equal($"/article/{article}#comments", answer.QuerySelector(".concern-links a")!.GetAttribute("href"));

        var waiting = await reader.GetStringAsync($"/article/{article}");
        Assert.DoesNotContain(body, waiting);
        var stored = (await app.PostAsync(body))!;
        Assert.Equal(PostStatus.Pending, stored.Status);
        Assert.Equal(HoldReason.PreModeration, stored.HoldReasons);

        var (staff, user) = await app.ModeratorAsync();
        var queue = await staff.GetStringAsync("/manage/moderation");
        Assert.Contains(body[..10], queue);
        var detail = await staff.GetStringAsync($"/manage/moderation/{stored.Id}");
        Assert.Contains("138****2369", detail);
        Assert.DoesNotContain(CommunityClients.Contact, detail);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.ModerateAsync(stored.Id, "Approve")).StatusCode);
        var page = await app.Reader().GetStringAsync($"/article/{article}");
        Assert.Contains(body, page);
        Assert.Contains("王**", page);
        Assert.DoesNotContain("王小明", page);
        Assert.DoesNotContain(CommunityClients.Contact, page);
        Assert.DoesNotContain("138****", page);

        // An official reply to a comment shows under it, signed by the unit.
        var unit = CommunityClients.Id(await app.UnitIdAsync("宁波市"));
        const string reply = "感谢您对蹲点调研活动的关注。";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.ModerateAsync(stored.Id, "Reply", new() { ["reply"] = reply, ["unitId"] = unit })).StatusCode);
        var item = (await app.Reader().GetDocumentAsync($"/article/{article}")).QuerySelector($"li[data-comment='{stored.Id}'] .community-reply")!;
        Assert.Contains(reply, item.TextContent);
        Assert.Contains("宁波市", item.TextContent);

        var audited = await app.DbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.EntityType == nameof(Comment) && e.EntityKey == CommunityClients.Id(stored.Id) && e.UserName == user.UserName && e.Action == "Update"));
        Assert.True(audited, "the approval is in the audit trail");
    }

    [Fact]
    public async Task A_comment_with_a_lexicon_word_is_held_and_the_word_is_highlighted_for_the_moderator()
    {
        var word = CommunityClients.UniqueWord();
        await app.AddWordAsync(word);
        var article = await app.ArticleIdAsync();
        var body = CommunityClients.Unique($"优惠{word},联系微信");
        Assert.Equal(HttpStatusCode.Redirect, (await app.Reader().CommentAsync(article, body)).StatusCode);

        var stored = (await app.PostAsync(body))!;
        Assert.Equal(PostStatus.Pending, stored.Status);
        Assert.True(stored.HoldReasons.HasFlag(HoldReason.SensitiveWords));
        Assert.Equal(word, stored.SensitiveHits);

        var (staff, _) = await app.ModeratorAsync();
        var queue = await Html.ParseAsync(await staff.GetAsync("/manage/moderation"));
        var row = queue.QuerySelector($"tr[data-post='{stored.Id}']")!;
        Assert.Equal(word, row.QuerySelector("mark")?.TextContent);
        Assert.Contains("含敏感词", row.TextContent);
        var detail = await Html.ParseAsync(await staff.GetAsync($"/manage/moderation/{stored.Id}"));
        Assert.Equal(word, detail.QuerySelector("#post-body mark")?.TextContent);
    }

    [Fact]
    public async Task A_rejected_comment_stays_hidden_and_a_rejection_needs_a_reason()
    {
        var article = await app.ArticleIdAsync();
        var body = CommunityClients.Unique("这条评论与文章无关");
        await app.Reader().CommentAsync(article, body);
        var id = (await app.PostAsync(body))!.Id;
        var (staff, _) = await app.ModeratorAsync(StaffRole.Editor);

        var refused = await staff.ModerateAsync(id, "Reject", new() { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请填写不通过的理由。", await refused.TextAsync());
        Assert.Equal(PostStatus.Pending, (await app.PostAsync(body))!.Status);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.ModerateAsync(id, "Reject", new() { ["reason"] = "与文章内容无关" })).StatusCode);
        var stored = (await app.PostAsync(body))!;
        Assert.Equal(PostStatus.Rejected, stored.Status);
        Assert.Equal("与文章内容无关", stored.RejectReason);
        Assert.DoesNotContain(body, await app.Reader().GetStringAsync($"/article/{article}"));
        Assert.Contains(body[..8], await staff.GetStringAsync("/manage/moderation?show=Rejected"));
    }

    [Fact]
    public async Task Reports_from_three_distinct_readers_hide_a_public_comment_and_send_it_back_to_the_queue()
    {
        var article = await app.ArticleIdAsync();
        var body = CommunityClients.Unique("村里的路修好了,感谢!");
        await app.Reader().CommentAsync(article, body);
        var id = (await app.PostAsync(body))!.Id;
        var (staff, _) = await app.ModeratorAsync();
        await staff.ModerateAsync(id, "Approve");
        var url = $"/article/{article}";

        var first = app.Reader();
        // The (cached) article page carries a 举报 link per comment, no form and no token; the confirmation page posts.
        var articlePage = await first.GetDocumentAsync(url);
        var links = articlePage.QuerySelectorAll($"li[data-comment='{id}'] a.link-report");
        Assert.Equal($"/community/{id}/report", Assert.Single(links).GetAttribute("href"));
        Assert.Empty(articlePage.QuerySelectorAll("#comments form, input[name=__RequestVerificationToken]"));
        var confirm = await first.GetDocumentAsync($"/community/{id}/report");
        Assert.Contains(body, confirm.QuerySelector(".community-report-quote")!.TextContent);
        Assert.NotNull(confirm.QuerySelector("form[method=post] input[name=__RequestVerificationToken]"));
        var reported = await first.ReportAsync(url, id);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Contains("已收到您的举报", await first.GetStringAsync(reported.RedirectTarget()));
        await first.ReportAsync(url, id); // the same reader twice counts once
        Assert.Contains("您已举报过这条内容", await first.GetStringAsync($"/community/{id}/report"));
        await app.Reader().ReportAsync(url, id);
        var stillPublic = (await app.PostAsync(body))!;
        Assert.Equal((PostStatus.Published, 2), (stillPublic.Status, stillPublic.OpenReports));
        Assert.Contains(body, await app.Reader().GetStringAsync(url));

        await app.Reader().ReportAsync(url, id);
        var hidden = (await app.PostAsync(body))!;
        Assert.Equal(PostStatus.Pending, hidden.Status);
        Assert.True(hidden.HoldReasons.HasFlag(HoldReason.Reported));
        Assert.DoesNotContain(body, await app.Reader().GetStringAsync(url));
        var row = (await Html.ParseAsync(await staff.GetAsync("/manage/moderation"))).QuerySelector($"tr[data-post='{id}']")!;
        Assert.Contains("多次被举报(举报3次)", Html.Squash(row.TextContent));
        Assert.Equal(3, await app.DbAsync(db => db.PostReports.CountAsync(r => r.PostId == id)));

        // A hidden comment cannot be reported further.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().ReportAsync(url, id)).StatusCode);
    }

    [Theory]
    [InlineData("<script>alert('xss')</script>", "渔村老王", "评论内容不能包含网页代码")]
    [InlineData("好文章<img src=x onerror=alert(1)>", "渔村老王", "评论内容不能包含网页代码")]
    [InlineData("点赞", "<b>王</b>", "昵称不能包含网页代码")]
    [InlineData("", "渔村老王", "请填写评论内容。")]
    [InlineData("好", "渔村老王", "评论内容至少 2 个字。")]
    [InlineData("很好", "", "请填写昵称。")]
    [InlineData("很好", null, "请填写昵称。")]
    public async Task Bad_input_or_markup_gets_a_chinese_message_and_stores_nothing(string body, string? nickname, string message)
    {
        var article = await app.ArticleIdAsync();
        var before = await app.PostCountAsync();
        var response = await app.Reader().CommentAsync(article, body, nickname);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(Html.Squash(message), Html.Squash(WebUtility.HtmlDecode(html)));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Equal(before, await app.PostCountAsync());
    }

    [Fact]
    public async Task A_too_long_comment_is_refused_and_stores_nothing()
    {
        var before = await app.PostCountAsync();
        var response = await app.Reader().CommentAsync(await app.ArticleIdAsync(), new string('长', Comment.MaxBody + 1));
        Assert.Contains($"评论内容不能超过{Comment.MaxBody}个字。", await response.TextAsync());
        Assert.Equal(before, await app.PostCountAsync());
    }

    [Fact]
    public async Task A_stored_script_is_shown_as_inert_text_on_the_article_page()
    {
        // Markup is refused at the form; a payload that reached the table another way is still only text on the page.
        var article = await app.ArticleIdAsync();
        var payload = "<script>alert('xss')</script>" + Guid.NewGuid().ToString("N")[..6];
        await app.DbAsync(db =>
        {
            db.Comments.Add(new Comment
            {
                ArticleId = article, Nickname = "<b>x</b>", Body = payload, CreatedAt = DateTime.UtcNow, Status = PostStatus.Published,
                ReplyText = "<img src=x onerror=alert(2)>", RepliedAt = DateTime.UtcNow, ReplyUnitId = null,
            });
            return db.SaveChangesAsync();
        });
        var html = await app.Reader().GetStringAsync($"/article/{article}");
        Assert.DoesNotContain("<script>alert('xss')", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;", html);
        var (staff, _) = await app.ModeratorAsync();
        var queue = await staff.GetStringAsync("/manage/moderation?show=Published");
        Assert.DoesNotContain("<script>alert('xss')", queue);
    }

    [Fact]
    public async Task A_comment_post_without_the_antiforgery_token_is_refused()
    {
        var article = await app.ArticleIdAsync();
        var before = await app.PostCountAsync();
        var response = await app.Reader().PostAsync($"/article/{article}/comment",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Body"] = "伪造的评论", ["Form.Nickname"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.PostCountAsync());
    }

    [Fact]
    public async Task Comment_posts_are_rate_limited_per_address()
    {
        var article = await app.ArticleIdAsync();
        var reader = app.Reader();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 25 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await reader.CommentAsync(article, "", "限流"); // refused input, but each post counts
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
    }

    [Fact]
    public async Task Staff_without_a_site_wide_moderating_role_are_refused_the_queue()
    {
        var article = await app.ArticleIdAsync();
        var body = CommunityClients.Unique("镇里编辑不能审核市网站的评论");
        await app.Reader().CommentAsync(article, body);
        var id = (await app.PostAsync(body))!.Id;
        foreach (var (role, unit) in new[] { (StaffRole.Cadre, "宁波市"), (StaffRole.Editor, "石浦镇"), (StaffRole.HotlineOperator, "宁波市") })
        {
            var (client, _) = await app.SignInAsync(role, unit, "nomod", Dundian.Web.Tests.Concerns.ConcernClients.NewIp());
            foreach (var url in new[] { "/manage/moderation", $"/manage/moderation/{id}", "/manage/sensitive-words" })
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/access-denied", response.RedirectTarget());
            }
            Assert.DoesNotContain("/manage/moderation", await client.GetStringAsync("/manage"));
        }
        // A forged approval (token from the user's own home page) changes nothing.
        var (town, _) = await app.SignInAsync(StaffRole.Editor, "石浦镇", "nomod", Dundian.Web.Tests.Concerns.ConcernClients.NewIp());
        var forged = await town.PostFormAsync("/manage", new Dictionary<string, string>(), $"/manage/moderation/{id}?handler=Approve");
        Assert.StartsWith("/account/access-denied", forged.RedirectTarget());
        Assert.Equal(PostStatus.Pending, (await app.PostAsync(body))!.Status);
    }
}

public sealed class CommentTestsOnSqlite(SqliteApp app) : CommentTests(app), IClassFixture<SqliteApp>;
public sealed class CommentTestsOnPostgres(PostgresApp app) : CommentTests(app), IClassFixture<PostgresApp>;
