using System.Net;
using System.Text.Json;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.Moderation;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Newsroom;

/// <summary>Revisions and rollback, sanitising, alt text, uploads, sensitive words and view counts.</summary>
public abstract class ArticleContentTests(DundianApp app)
{
    private async Task<int> PublishAsync(HttpClient editor, int channel, (HttpClient Client, Dundian.Core.Accounts.AppUser User) reviewer,
        string title, string body)
    {
        var id = await editor.CreateArticleAsync(channel, title, body);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ArticleStepAsync(id, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.Client.ReviewAsync(id, "Approve")).StatusCode);
        Assert.Equal(ArticleStatus.Published, (await app.ArticleAsync(id)).Status);
        return id;
    }

    [Fact]
    public async Task Every_save_keeps_a_revision_the_diff_shows_changed_paragraphs_and_rollback_adds_a_revision()
    {
        var (channel, reviewers) = await app.ChannelWithReviewersAsync(1);
        var (editor, _) = await app.EditorAsync();
        var v1 = "<p>调研组进村蹲点七天。</p><p>走访农户三十户。</p>";
        var id = await editor.CreateArticleAsync(channel, "蹲点手记", v1);
        var fields = NewsroomClients.Fields(channel, "蹲点手记(修改)", "<p>调研组进村蹲点七天。</p><p>走访农户四十二户。</p>");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SaveArticleAsync(fields, id)).StatusCode);
        fields["Input.BodyHtml"] = "<p>调研组进村蹲点七天。</p><p>走访农户四十二户。</p><p>召开座谈会两次。</p>";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SaveArticleAsync(fields, id)).StatusCode);

        var page = await editor.GetDocumentAsync($"/manage/articles/{id}/revisions?from=1&to=3");
        Assert.Equal(3, page.QuerySelectorAll("table.revisions tbody tr").Length);
        var deleted = page.QuerySelectorAll("#revision-diff del").Select(e => e.TextContent).ToList();
        var inserted = page.QuerySelectorAll("#revision-diff ins").Select(e => e.TextContent).ToList();
        Assert.Contains(deleted, t => t.Contains("走访农户三十户。"));
        Assert.Contains(deleted, t => t.Contains("标题:蹲点手记") && !t.Contains("修改"));
        Assert.Contains(inserted, t => t.Contains("走访农户四十二户。"));
        Assert.Contains(inserted, t => t.Contains("召开座谈会两次。"));
        Assert.DoesNotContain(deleted.Concat(inserted), t => t.Contains("调研组进村蹲点七天"));

        var rollback = await editor.PostFormAsync($"/manage/articles/{id}/revisions", new Dictionary<string, string> { ["number"] = "1" },
            $"/manage/articles/{id}/revisions?handler=Rollback");
        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        var article = await app.ArticleAsync(id);
        Assert.Equal("蹲点手记", article.Title);
        Assert.Equal(v1, article.BodyHtml);
        var revisions = await app.DbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([1, 2, 3, 4], revisions.Select(r => r.Number));
        Assert.Equal("回滚至第 1 版", revisions[3].Note);
        Assert.Equal(v1, revisions[3].BodyHtml);

        // In review nothing may change, rollback included.
        await editor.ArticleStepAsync(id, "Submit");
        var refused = await editor.PostFormAsync($"/manage/articles/{id}/revisions", new Dictionary<string, string> { ["number"] = "2" },
            $"/manage/articles/{id}/revisions?handler=Rollback");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不能回滚", await refused.TextAsync());
        Assert.Equal(4, await app.DbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
        _ = reviewers;
    }

    [Fact]
    public async Task Script_in_article_html_is_removed_on_save_and_the_portal_renders_it_inert()
    {
        var (channel, reviewers) = await app.ChannelWithReviewersAsync(1);
        var (editor, _) = await app.EditorAsync();
        const string payload = "<p>正文开始</p><script>alert('x1')</script><img src=\"/x.png\" alt=\"图\" onerror=\"alert('x2')\">" +
            "<a href=\"javascript:alert('x3')\">链接</a><iframe src=\"https://example.com/\"></iframe>" +
            "<p onclick=\"alert('x4')\" style=\"background:url(javascript:alert('x5'))\">段落</p><svg onload=\"alert('x6')\"></svg>";
        var id = await PublishAsync(editor, channel, reviewers[0], "<script>alert('t')</script>标题", payload);

        var stored = (await app.ArticleAsync(id)).BodyHtml;
        foreach (var bad in new[] { "<script", "onerror", "javascript:", "<iframe", "onclick", "style=", "onload", "alert" })
            Assert.DoesNotContain(bad, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("正文开始", stored);
        Assert.Contains("段落", stored);

        var html = await (await app.CreateClient().GetAsync($"/article/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("onerror", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;标题", html);
    }

    [Fact]
    public async Task Images_without_alt_text_are_refused_with_a_clear_message()
    {
        var (channel, _) = await app.ChannelWithReviewersAsync(1);
        var (editor, _) = await app.EditorAsync();
        var before = await app.DbAsync(db => db.Articles.CountAsync());
        var response = await editor.SaveArticleAsync(NewsroomClients.Fields(channel, "无说明图片", "<p>看图</p><img src=\"/files/1\"><img src=\"/files/2\" alt=\" \">"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("正文中有2张图片缺少替代文字(alt)", await response.TextAsync());
        Assert.Equal(before, await app.DbAsync(db => db.Articles.CountAsync()));

        var upload = await editor.PostMultipartAsync("/manage/articles/edit", "/manage/articles/images", new() { ["alt"] = "" },
            ("file", "photo.png", NewsroomClients.Png(2048)));
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Contains("请填写图片说明", await upload.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Oversized_and_forbidden_uploads_are_refused_with_a_clear_message_and_nothing_is_stored()
    {
        var (channel, _) = await app.ChannelWithReviewersAsync(1);
        var (editor, _) = await app.EditorAsync();
        var id = await editor.CreateArticleAsync(channel, "带附件的通知", "<p>见附件。</p>");
        var files = await app.FileCountAsync();
        var url = $"/manage/articles/edit/{id}";
        var fields = NewsroomClients.Fields(channel, "带附件的通知", "<p>见附件。</p>");

        async Task<string> RefusedAsync(string action, Dictionary<string, string> f, (string, string, byte[]) file)
        {
            var response = await editor.PostMultipartAsync(url, action, f, file);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            if (!action.EndsWith("images")) return await response.TextAsync();
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
        }

        Assert.Contains("不支持的文件类型“.exe”", await RefusedAsync(url, fields, ("Input.Attachments", "通知.exe", "MZ\0\0"u8.ToArray())));
        Assert.Contains("文件内容与扩展名“.pdf”不符", await RefusedAsync(url, fields, ("Input.Attachments", "通知.pdf", "<html><script>"u8.ToArray())));
        Assert.Contains("不支持的文件类型“.avi”", await RefusedAsync(url, fields, ("Input.Video", "现场.avi", NewsroomClients.Mp4(4096))));
        Assert.Contains("不支持的文件类型“.svg”", await RefusedAsync("/manage/articles/images", new() { ["alt"] = "图" },
            ("file", "logo.svg", "<svg onload=alert(1)>"u8.ToArray())));
        Assert.Contains("文件超过 5 MB 的上限", await RefusedAsync("/manage/articles/images", new() { ["alt"] = "大图" },
            ("file", "big.png", NewsroomClients.Png(5 * 1024 * 1024 + 1))));
        Assert.Equal(files, await app.FileCountAsync());
        Assert.Empty((await app.ArticleAsync(id)).Attachments);

        // Accepted files: a PDF attachment and an mp4 video, shown on the portal once published.
        var ok = await editor.PostMultipartAsync(url, url, fields,
            ("Input.Attachments", "实施方案.pdf", "%PDF-1.4\n%test"u8.ToArray()), ("Input.Video", "座谈会.mp4", NewsroomClients.Mp4(4096)));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var article = await app.ArticleAsync(id);
        Assert.Single(article.Attachments);
        Assert.NotNull(article.VideoId);
    }

    [Fact]
    public async Task A_submission_with_sensitive_words_is_blocked_and_the_words_are_highlighted()
    {
        var word = "违禁词" + Guid.NewGuid().ToString("N")[..4];
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            db.SensitiveWords.Add(new SensitiveWord { Word = word, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            sp.GetRequiredService<SensitiveWordLexicon>().Invalidate();
            return 0;
        });
        var (channel, _) = await app.ChannelWithReviewersAsync(1);
        var (editor, _) = await app.EditorAsync();
        var id = await editor.CreateArticleAsync(channel, "座谈会纪要", $"<p>第一段没有问题。</p><p>群众反映&lt;b&gt;{word}&lt;/b&gt;泛滥。</p>");

        var response = await editor.ArticleStepAsync(id, "Submit");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains($"文章含有敏感词({word})", doc.QuerySelector("#article-error")!.TextContent);
        var marks = doc.QuerySelectorAll(".sensitive-passage mark").Select(m => m.TextContent).ToList();
        Assert.Equal([word], marks);
        // The passage's own markup stays text.
        Assert.Contains("群众反映<b>", doc.QuerySelector(".sensitive-passage")!.TextContent);
        Assert.Null(doc.QuerySelector(".sensitive-passage b"));
        Assert.Equal(ArticleStatus.Draft, (await app.ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task View_counts_increase_and_are_written_in_batches()
    {
        var (channel, reviewers) = await app.ChannelWithReviewersAsync(1);
        var (editor, _) = await app.EditorAsync();
        var id = await PublishAsync(editor, channel, reviewers[0], "阅读计数测试", "<p>正文</p>");
        var reader = app.CreateClient();

        // The page is served from the output cache, so it is its script (article-views.js) that counts the view:
        // it posts to /article/{id}/view — the id from the data- attribute, no token — and shows the returned count.
        var shown = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var page = await reader.GetDocumentAsync($"/article/{id}");
            Assert.NotNull(page.QuerySelector("script[src^='/js/article-views.js']"));
            var views = page.QuerySelector("#article-views[data-article-views]")!;
            if (i == 0) Assert.Equal("0", views.TextContent); // without the script: the stored count, this request counted nothing
            shown.Add(await BeaconAsync(reader, views.GetAttribute("data-article-views")!));
        }
        Assert.Equal(["1", "2", "3"], shown);

        await app.WithScopeAsync(sp => sp.GetRequiredService<ArticleViewCounter>().FlushAsync(sp.GetRequiredService<DundianDbContext>()));
        Assert.Equal(3, (await app.ArticleAsync(id)).ViewCount);
        Assert.Equal("4", await BeaconAsync(reader, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Only published articles are counted.
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostAsync("/article/999999/view", null)).StatusCode);
    }

    [Fact]
    public async Task The_view_beacon_is_rate_limited_per_client_address()
    {
        var id = await app.DbAsync(db => db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var reader = app.CreateClientFrom(Dundian.Web.Tests.Concerns.ConcernClients.NewIp());
        HttpResponseMessage? last = null;
        for (var i = 0; i < 70 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await reader.PostAsync($"/article/{id}/view", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        // Another reader is still counted.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClientFrom(Dundian.Web.Tests.Concerns.ConcernClients.NewIp())
            .PostAsync($"/article/{id}/view", null)).StatusCode);
    }

    /// <summary>What article-views.js does: POST /article/{id}/view, read { views } from the JSON answer.</summary>
    private static async Task<string> BeaconAsync(HttpClient reader, string id)
    {
        var response = await reader.PostAsync($"/article/{id}/view", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("views").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class ArticleContentTestsOnSqlite(SqliteApp app) : ArticleContentTests(app), IClassFixture<SqliteApp>;
public sealed class ArticleContentTestsOnPostgres(PostgresApp app) : ArticleContentTests(app), IClassFixture<PostgresApp>;
