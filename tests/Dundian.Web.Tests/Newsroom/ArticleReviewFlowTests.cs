using System.Net;
using Dundian.Core.Content;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Newsroom;

/// <summary>Three review levels, rejection with a reason, schedules that wait for approval, who may do what.</summary>
public abstract class ArticleReviewFlowTests(DundianApp app)
{
    [Fact]
    public async Task An_article_passes_three_levels_by_three_reviewers_and_appears_on_the_portal_with_an_audit_trail()
    {
        var (channel, reviewers) = await app.ChannelWithReviewersAsync();
        var (editor, editorUser) = await app.EditorAsync();
        var title = "石浦镇渔家乐发展调研 " + Guid.NewGuid().ToString("N")[..6];
        var id = await editor.CreateArticleAsync(channel, title, "<p>调研组走访了东门渔村。</p>");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ArticleStepAsync(id, "Submit")).StatusCode);

        for (var level = 1; level <= 3; level++)
        {
            // Only the reviewer of the pending level sees it in the queue and may decide.
            var queue = await reviewers[level - 1].Client.GetDocumentAsync("/manage/articles/review");
            Assert.Contains(title, queue.Body!.TextContent);
            if (level < 3)
            {
                var wrong = await reviewers[level].Client.ReviewAsync(id, "Approve");
                Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
                Assert.Contains($"第{level}级审核人", await wrong.TextAsync());
            }
            Assert.Equal(HttpStatusCode.Redirect, (await reviewers[level - 1].Client.ReviewAsync(id, "Approve", $"第{level}级同意")).StatusCode);
            Assert.Equal(level < 3 ? ArticleStatus.InReview : ArticleStatus.Published, (await app.ArticleAsync(id)).Status);
        }

        var portal = await app.CreateClient().GetDocumentAsync($"/article/{id}");
        Assert.Equal(title, portal.QuerySelector(".article-title")?.TextContent);
        Assert.Contains("责任编辑:王编辑", Html.Squash(portal.Body!.TextContent));
        var steps = await app.DbAsync(db => db.ArticleReviewSteps.Where(s => s.ArticleId == id).OrderBy(s => s.Level).ToListAsync());
        Assert.Equal([1, 2, 3], steps.Select(s => s.Level));
        Assert.Equal(3, steps.Select(s => s.ReviewerId).Distinct().Count());
        // Every write is audited under the person who made it.
        var audited = await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Article) && e.EntityKey == id.ToString())
            .Select(e => e.UserId).ToListAsync());
        Assert.Contains(editorUser.Id, audited);
        Assert.All(reviewers, r => Assert.Contains(r.User.Id, audited));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_goes_back_to_the_author()
    {
        var (channel, reviewers) = await app.ChannelWithReviewersAsync(2);
        var (editor, _) = await app.EditorAsync();
        var id = await editor.CreateArticleAsync(channel, "待退回的稿件", "<p>正文</p>");
        await editor.ArticleStepAsync(id, "Submit");
        await reviewers[0].Client.ReviewAsync(id, "Approve");

        var noReason = await reviewers[1].Client.ReviewAsync(id, "Reject", " ");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("退回修改须填写理由", await noReason.TextAsync());
        Assert.Equal(ArticleStatus.InReview, (await app.ArticleAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await reviewers[1].Client.ReviewAsync(id, "Reject", "数据需核实")).StatusCode);
        var article = await app.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        var edit = await editor.GetDocumentAsync($"/manage/articles/edit/{id}");
        Assert.Contains("数据需核实", edit.QuerySelector("#rejection-reason")?.TextContent);
        Assert.Contains("待退回的稿件", (await editor.GetDocumentAsync("/manage/newsroom")).Body!.TextContent);
    }

    [Fact]
    public async Task A_scheduled_article_waits_for_approval_and_then_for_its_time()
    {
        var (channel, reviewers) = await app.ChannelWithReviewersAsync(1);
        var (editor, _) = await app.EditorAsync();
        var id = await editor.CreateArticleAsync(channel, "定时发布的稿件", "<p>正文</p>", publishAt: "2099-01-01T08:00");
        var page = await editor.GetDocumentAsync($"/manage/articles/edit/{id}");
        Assert.Contains("定时发布不能跳过审核", page.Body!.TextContent);
        // Before approval the time does nothing, even once it is due.
        await app.WithScopeAsync(sp => sp.GetRequiredService<ArticleReviewService>().RunSchedulesAsync());
        Assert.Equal(ArticleStatus.Draft, (await app.ArticleAsync(id)).Status);

        await editor.ArticleStepAsync(id, "Submit");
        await reviewers[0].Client.ReviewAsync(id, "Approve");
        var article = await app.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Approved, article.Status);
        Assert.Equal(new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc), article.ScheduledPublishAt);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/article/{id}")).StatusCode);
    }

    [Fact]
    public async Task Roles_and_scope_are_checked_on_every_page()
    {
        var (countyEditor, _) = await app.EditorAsync("象山县");
        var (cadre, _) = await app.SignInAsync(Dundian.Core.Accounts.StaffRole.Cadre, "宁波市", "cadre", Concerns.ConcernClients.NewIp());
        var (editor, _) = await app.EditorAsync();
        foreach (var client in new[] { countyEditor, cadre })
            foreach (var url in new[] { "/manage/articles", "/manage/articles/edit", "/manage/newsroom", "/manage/channels", "/manage/articles/review" })
                Assert.StartsWith("/account/access-denied", (await client.GetAsync(url)).RedirectTarget());
        // An editor writes but does not configure channels or review.
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/manage/articles")).StatusCode);
        Assert.StartsWith("/account/access-denied", (await editor.GetAsync("/manage/channels")).RedirectTarget());
        Assert.StartsWith("/account/access-denied", (await editor.GetAsync("/manage/articles/review")).RedirectTarget());
        // A forged post (token from the staff home page) is refused too, and creates nothing.
        var before = await app.DbAsync(db => db.Articles.CountAsync());
        var posted = await countyEditor.PostFormAsync("/manage", NewsroomClients.Fields(1, "越权稿件", "<p>正文</p>"), "/manage/articles/edit");
        Assert.StartsWith("/account/access-denied", posted.RedirectTarget());
        Assert.Equal(before, await app.DbAsync(db => db.Articles.CountAsync()));
    }
}

public sealed class ArticleReviewFlowTestsOnSqlite(SqliteApp app) : ArticleReviewFlowTests(app), IClassFixture<SqliteApp>;
public sealed class ArticleReviewFlowTestsOnPostgres(PostgresApp app) : ArticleReviewFlowTests(app), IClassFixture<PostgresApp>;
