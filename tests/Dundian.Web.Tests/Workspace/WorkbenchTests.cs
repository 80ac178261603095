using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Core.Content;
using Dundian.Core.Moderation;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Dundian.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Workspace;

/// <summary>
/// The 工作台 counts what waits (the same records the linked page shows), the admin's set-up checklist names each gap
/// with a link to fix it, the newsroom refuses a submission nobody could review and a review of one's own article, the
/// menu shows each person only his areas, and the demo ships its example accounts and starter lexicon.
/// </summary>
public abstract class WorkbenchTests(DundianApp app)
{
    private static string Count(AngleSharp.Dom.IDocument page, string title) =>
        page.QuerySelectorAll("#work-list a").FirstOrDefault(a => a.TextContent.Contains(title, StringComparison.Ordinal))
            ?.QuerySelector(".work-count")?.TextContent.Trim() ?? "0";

    [Fact]
    public async Task The_office_workbench_counts_concerns_in_its_scope_and_links_to_the_same_list()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var now = DateTime.UtcNow;
        var (received, overdue) = await app.DbAsync(async db =>
        {
            var county = await db.OrgUnits.Where(u => u.Name == "象山县").Select(u => u.Path).SingleAsync();
            var mine = db.Concerns.Where(c => c.Village!.Path.StartsWith(county));
            return (await mine.CountAsync(c => c.Status == ConcernStatus.Received),
                await mine.CountAsync(c => (c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress) && c.DueAt < now));
        });
        Assert.True(received + overdue > 0, "the demo has concerns waiting");
        var home = await office.GetDocumentAsync("/manage");
        Assert.Equal(received.ToString(CultureInfo.InvariantCulture), Count(home, "待交办的诉求"));
        Assert.Equal(overdue.ToString(CultureInfo.InvariantCulture), Count(home, "已超期的诉求"));
        if (overdue > 0)
        {
            var link = home.QuerySelectorAll("#work-list a").First(a => a.TextContent.Contains("已超期的诉求", StringComparison.Ordinal)).GetAttribute("href")!;
            var list = await office.GetDocumentAsync(link);
            Assert.Equal(overdue.ToString(CultureInfo.InvariantCulture), list.QuerySelector("#concern-total")!.TextContent);
        }
        // The menu: his areas only, labels equal to the titles of the pages they open.
        var areas = home.QuerySelectorAll("nav.staff-side .menu-area").Select(h => h.TextContent).ToList();
        // 系统 holds 组织机构, which an office keeps for the units under its grant.
        Assert.Equal(["蹲点调研", "民情", "编辑部", "系统"], areas);
        Assert.Null(home.QuerySelector("nav.staff-side a[href='/manage/users']"));
        foreach (var link in home.QuerySelectorAll("nav.staff-side a").Select(a => (a.GetAttribute("href")!, a.TextContent.Trim())).Where(l => l.Item1 != "/manage").ToList())
        {
            var page = await office.GetAsync(link.Item1);
            if (page.StatusCode != HttpStatusCode.OK) continue;
            var title = (await Html.ParseAsync(page)).QuerySelector("title")!.TextContent;
            Assert.StartsWith(link.Item2.Split(' ')[0], title);
        }
    }

    [Fact]
    public async Task The_admin_checklist_names_each_gap_with_a_link_to_fix_it()
    {
        var admin = app.CreateClient();
        await admin.LoginAsync("admin", DundianApp.AdminPassword);
        await admin.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = DundianApp.AdminPassword, ["Input.NewPassword"] = "Admin#New-2026x", ["Input.ConfirmPassword"] = "Admin#New-2026x",
        });
        // The demo is set up: reviewers on every level, a starter lexicon, groups in every campaign.
        var home = await admin.GetDocumentAsync("/manage");
        Assert.Null(home.QuerySelector("#check-count"));

        var (channel, words) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Dundian.Core.Data.DundianDbContext>();
            var news = await db.Channels.SingleAsync(c => c.Slug == "news");
            db.ChannelReviewers.RemoveRange(db.ChannelReviewers.Where(r => r.ChannelId == news.Id && r.Level == 2));
            var all = await db.SensitiveWords.AsNoTracking().ToListAsync();
            db.SensitiveWords.RemoveRange(db.SensitiveWords);
            await db.SaveChangesAsync();
            sp.GetRequiredService<SensitiveWordLexicon>().Invalidate();
            return (news, all);
        });
        try
        {
            home = await admin.GetDocumentAsync("/manage");
            var checks = home.QuerySelectorAll(".setup-checks li").Select(li => (Html.Squash(li.TextContent), li.QuerySelector("a")!.GetAttribute("href"))).ToList();
            Assert.Contains(checks, c => c.Item1.Contains("栏目“时讯”第2级没有审核人", StringComparison.Ordinal) && c.Item2 == $"/manage/channels/edit/{channel.Id}");
            Assert.Contains(checks, c => c.Item1.Contains("敏感词库为空", StringComparison.Ordinal) && c.Item2 == "/manage/sensitive-words");
            Assert.Contains("词库为空", (await admin.GetDocumentAsync("/manage/sensitive-words")).QuerySelector("#lexicon-empty")!.TextContent);

            // An editor's article for 时讯 is refused with what to do, and stays a draft.
            var (editor, _) = await app.EditorAsync();
            var id = await editor.CreateArticleAsync(channel.Id, "无人审核的稿件", "<p>正文</p>");
            var refused = await editor.ArticleStepAsync(id, "Submit");
            var text = Html.Squash(await refused.TextAsync());
            Assert.Contains("第2级还没有审核人", text);
            Assert.Contains("栏目管理", text);
            Assert.Equal(ArticleStatus.Draft, (await app.ArticleAsync(id)).Status);

            // A .txt word list fills the lexicon again (all or nothing: a bad line refuses the file).
            var bad = await admin.PostMultipartAsync("/manage/sensitive-words", "/manage/sensitive-words?handler=Import",
                new Dictionary<string, string>(), ("file", "words.txt", System.Text.Encoding.UTF8.GetBytes("博彩\n" + new string('长', 60) + "\n")));
            Assert.Contains("第2行", Html.Squash(await bad.TextAsync()));
            Assert.Equal(0, await app.DbAsync(db => db.SensitiveWords.CountAsync()));
            var good = await admin.PostMultipartAsync("/manage/sensitive-words", "/manage/sensitive-words?handler=Import",
                new Dictionary<string, string> { ["importCategory"] = "诈骗" }, ("file", "words.txt", System.Text.Encoding.UTF8.GetBytes("# 词表\n博彩,赌博\n代开发票\n代开发票\n\n")));
            Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
            var stored = await app.DbAsync(db => db.SensitiveWords.OrderBy(w => w.Word).Select(w => w.Word + ":" + w.Category).ToListAsync());
            Assert.Equal(["代开发票:诈骗", "博彩:赌博"], stored);
        }
        finally
        {
            await app.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<Dundian.Core.Data.DundianDbContext>();
                var reviewer = await db.Users.SingleAsync(u => u.UserName == "reviewer2");
                db.ChannelReviewers.Add(new ChannelReviewer { ChannelId = channel.Id, Level = 2, UserId = reviewer.Id });
                db.SensitiveWords.RemoveRange(db.SensitiveWords);
                db.SensitiveWords.AddRange(words.Select(w => new SensitiveWord { Word = w.Word, Category = w.Category, CreatedAt = w.CreatedAt }));
                await db.SaveChangesAsync();
                sp.GetRequiredService<SensitiveWordLexicon>().Invalidate();
                return 0;
            });
        }
    }

    [Fact]
    public async Task Nobody_reviews_his_own_article_and_the_demo_accounts_review_the_demo_channels()
    {
        var demo = await app.DbAsync(db => db.Users.Where(u => u.UserName!.StartsWith("reviewer") || u.UserName == "editor")
            .Select(u => new { u.UserName, u.MustChangePassword }).ToListAsync());
        Assert.Equal(4, demo.Count(u => u.UserName is "editor" or "reviewer1" or "reviewer2" or "reviewer3"));
        Assert.All(demo.Where(u => u.UserName is "editor" or "reviewer1" or "reviewer2" or "reviewer3"), u => Assert.True(u.MustChangePassword));
        var unstaffed = await app.DbAsync(db => db.Channels.CountAsync(c => c.ListStyle != ChannelListStyle.SinglePage
            && db.ChannelReviewers.Where(r => r.ChannelId == c.Id).Select(r => r.Level).Distinct().Count() < c.ReviewLevels));
        Assert.Equal(0, unstaffed);
        Assert.True(await app.DbAsync(db => db.SensitiveWords.AnyAsync(w => w.Word == "代开发票")));

        // A reviewer who also writes: his own article reaches his level, and he may not approve it.
        var (channel, reviewers) = await app.ChannelWithReviewersAsync(1);
        var (second, secondUser) = await app.SignInAsync(StaffRole.Reviewer, "宁波市", "reviewer", Concerns.ConcernClients.NewIp());
        await app.DbAsync(async db =>
        {
            db.RoleGrants.Add(new RoleGrant { UserId = reviewers[0].User.Id, Role = StaffRole.Editor, OrgUnitId = await db.OrgUnits.Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync() });
            db.ChannelReviewers.Add(new ChannelReviewer { ChannelId = channel, Level = 1, UserId = secondUser.Id });
            return await db.SaveChangesAsync();
        });
        var author = app.CreateClientFrom(Concerns.ConcernClients.NewIp());
        await author.LoginAsync(reviewers[0].User.UserName!, StaffClients.Password);
        var id = await author.CreateArticleAsync(channel, "自己写的稿件", "<p>正文</p>");
        Assert.Equal(HttpStatusCode.Redirect, (await author.ArticleStepAsync(id, "Submit")).StatusCode);
        var own = await author.ReviewAsync(id, "Approve");
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("不能审核自己撰写的文章", await own.TextAsync());
        Assert.Equal(ArticleStatus.InReview, (await app.ArticleAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await second.ReviewAsync(id, "Approve")).StatusCode);
        Assert.Equal(ArticleStatus.Published, (await app.ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task A_system_admin_on_the_hotline_form_is_told_who_may_use_it()
    {
        var (admin, _) = await app.SignInAsync(StaffRole.SystemAdmin, "宁波市", "admin", Concerns.ConcernClients.NewIp());
        var response = await admin.GetAsync("/manage/concerns/new");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("热线接线员", page.QuerySelector("#intake-refused")!.TextContent);
        Assert.Null(page.QuerySelector("form.concern-form"));
    }
}

public sealed class WorkbenchTestsOnSqlite(SqliteApp app) : WorkbenchTests(app), IClassFixture<SqliteApp>;
public sealed class WorkbenchTestsOnPostgres(PostgresApp app) : WorkbenchTests(app), IClassFixture<PostgresApp>;
