using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Content;
using Dundian.Testing;
using Dundian.Web.Portal;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Portal;

/// <summary>
/// Anonymous home, channel and article pages come from the output cache; a publish, an edit or an unpublish
/// evicts them at once; signed-in users and pages carrying an antiforgery token are never cached.
/// A write that bypasses SaveChanges (ExecuteUpdate) is used to prove that a page really is served from the cache.
/// </summary>
public abstract class OutputCacheTests(DundianApp app)
{
    private static string Unique(string text) => text + " " + Guid.NewGuid().ToString("N")[..6];

    private Task<int> PublishAsync(string title) => app.DbAsync(async db =>
    {
        var channel = await db.Channels.SingleAsync(c => c.Slug == "headlines");
        var article = new Article
        {
            ChannelId = channel.Id, Title = title, BodyHtml = "<p>正文</p>", Status = ArticleStatus.Published,
            PublishedAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    });

    /// <summary>Changes the title behind the cache's back: no SaveChanges, so no eviction.</summary>
    private Task<int> SilentlyRetitleAsync(int id, string title) =>
        app.DbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, title)));

    private Task<int> EditAsync(int id, Action<Article> edit) => app.DbAsync(async db =>
    {
        edit(await db.Articles.SingleAsync(a => a.Id == id));
        return await db.SaveChangesAsync();
    });

    private static async Task<string> TextAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url)).Content.ReadAsStringAsync();

    [Fact]
    public async Task An_edit_and_an_unpublish_evict_the_cached_article_home_and_channel_pages()
    {
        var reader = app.CreateClient();
        var first = Unique("缓存测试文章");
        var id = await PublishAsync(first);
        var url = $"/article/{id}";

        // A publish evicts the lists: the new article is on the home and channel pages at once.
        Assert.Contains(first, await TextAsync(reader, "/"));
        Assert.Contains(first, await TextAsync(reader, "/channel/headlines"));
        Assert.Contains(first, await TextAsync(reader, url));

        // Served from the cache: a change that skips SaveChanges is not seen by anonymous readers...
        await SilentlyRetitleAsync(id, Unique("未经保存的标题"));
        Assert.Contains(first, await TextAsync(reader, url));
        Assert.Contains(first, await TextAsync(reader, "/"));

        // ...an edit through SaveChanges evicts the article and the lists.
        var edited = Unique("编辑后的标题");
        await EditAsync(id, a => a.Title = edited);
        Assert.Contains(edited, await TextAsync(reader, url));
        Assert.Contains(edited, await TextAsync(reader, "/"));
        Assert.Contains(edited, await TextAsync(reader, "/channel/headlines"));

        // A view counter ticking does not evict.
        await SilentlyRetitleAsync(id, Unique("计数时的标题"));
        await EditAsync(id, a => a.ViewCount++);
        Assert.Contains(edited, await TextAsync(reader, url));

        // Unpublishing takes the page down and the article off the lists.
        await EditAsync(id, a => a.Status = ArticleStatus.Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(edited, await TextAsync(reader, "/"));
        Assert.DoesNotContain(edited, await TextAsync(reader, "/channel/headlines"));
    }

    [Fact]
    public async Task A_page_read_again_is_written_from_its_ready_copy_until_a_write_marks_its_tags()
    {
        var title = Unique("就绪副本测试");
        var id = await PublishAsync(title);
        var reader = app.CreateClient();
        var url = $"/article/{id}";
        var rendered = await reader.GetAsync(url);
        var page = await rendered.Content.ReadAsStringAsync();
        Assert.Contains(title, page);

        // Behind both caches' backs: the title changes without a save, and the output cache's entry goes without a
        // mark. Only the ready copy still has the old page — and it is what the next reader gets, headers and all.
        var unsaved = Unique("未经保存的标题");
        await SilentlyRetitleAsync(id, unsaved);
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PortalCache.ArticleTag(id), default);
        var ready = await reader.GetAsync(url);
        Assert.Equal(page, await ready.Content.ReadAsStringAsync());
        Assert.NotNull(ready.Headers.Age);
        Assert.Equal(["User-Agent"], ready.Headers.Vary);
        Assert.Equal(rendered.Content.Headers.ContentType, ready.Content.Headers.ContentType);
        Assert.Equal(rendered.Headers.GetValues("Content-Security-Policy"), ready.Headers.GetValues("Content-Security-Policy"));
        using var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(page), head.Content.Headers.ContentLength);

        // A mark (what every save that touches the article does first) drops the copy: the next reader gets the database.
        var marks = app.Services.GetRequiredService<CacheEvictionMarks>();
        marks.MarkHere(PortalCache.ArticleTag(id));
        var fresh = await TextAsync(reader, url);
        Assert.Contains(unsaved, fresh);

        // A mark alone (no eviction) drops the new copy but not the output cache's entry: that entry, served through
        // the capture of a page that has no copy, arrives whole.
        marks.MarkHere(PortalCache.ArticleTag(id));
        var fromStore = await reader.GetAsync(url);
        Assert.NotNull(fromStore.Headers.Age);
        Assert.Equal(fresh, await fromStore.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_users_are_never_served_nor_fill_the_cache()
    {
        var first = Unique("登录用户缓存测试");
        var id = await PublishAsync(first);
        var (staff, _) = await app.SignInAsync(StaffRole.Editor);
        Assert.Contains(first, await TextAsync(staff, $"/article/{id}"));

        var changed = Unique("未经保存的新标题");
        await SilentlyRetitleAsync(id, changed);
        // The staff member always sees the database...
        Assert.Contains(changed, await TextAsync(staff, $"/article/{id}"));
        // ...and what they rendered was not stored: the first anonymous reader renders afresh too.
        Assert.Contains(changed, await TextAsync(app.CreateClient(), $"/article/{id}"));

        // The other way round: a copy an anonymous reader filled is never handed to the staff member, although the
        // cache answers before authentication runs (it goes by the sign-in cookie).
        var unseen = Unique("缓存之后的新标题");
        await SilentlyRetitleAsync(id, unseen);
        Assert.Contains(changed, await TextAsync(app.CreateClient(), $"/article/{id}"));
        Assert.Contains(unseen, await TextAsync(staff, $"/article/{id}"));
    }

    [Fact]
    public async Task An_articles_neighbours_are_kept_in_memory_until_an_article_save_marks_the_lists()
    {
        // Signed in: every page is rendered afresh, so what is seen here is the neighbours' memo, not the output cache.
        var (staff, _) = await app.SignInAsync(StaffRole.Editor);
        var id = await PublishAsync(Unique("邻居测试"));
        Assert.Contains("下一篇:没有了", Pager(await staff.GetDocumentAsync($"/article/{id}")));

        var newer = Unique("更新的一篇");
        var newerId = await PublishAsync(newer);
        Assert.Contains("下一篇:" + newer, Pager(await staff.GetDocumentAsync($"/article/{id}")));

        // A change that bypasses the save interceptors marks nothing: the memo stands (as a cached page would)...
        await SilentlyRetitleAsync(newerId, Unique("绕过保存的标题"));
        Assert.Contains("下一篇:" + newer, Pager(await staff.GetDocumentAsync($"/article/{id}")));
        // ...and a save marks the lists: read again at once.
        var edited = Unique("正常保存的标题");
        await EditAsync(newerId, a => a.Title = edited);
        Assert.Contains("下一篇:" + edited, Pager(await staff.GetDocumentAsync($"/article/{id}")));
    }

    // The pager's text with its layout whitespace squeezed: "上一篇:… 下一篇:…".
    private static string Pager(AngleSharp.Dom.IDocument page) =>
        string.Join(' ', page.QuerySelector(".article-pager")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace(": ", ":", StringComparison.Ordinal);

    [Fact]
    public async Task A_comment_approved_hidden_or_replied_evicts_its_article_page_only()
    {
        var reader = app.CreateClient();
        var title = Unique("评论缓存测试文章");
        var id = await PublishAsync(title);
        var other = await PublishAsync(Unique("另一篇文章"));
        var url = $"/article/{id}";
        var page = await reader.GetDocumentAsync(url);
        // The cached page carries no token: the comment form and 举报 are on their own uncached pages.
        Assert.Null(page.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal($"/article/{id}/comment", page.QuerySelector("#comments a[data-comment-link]")!.GetAttribute("href"));
        Assert.NotNull((await reader.GetDocumentAsync($"/article/{id}/comment")).QuerySelector("form input[name=__RequestVerificationToken]"));
        // (The other page names this one as its 上一篇, so only its own title is compared.)
        Assert.NotEqual(title, (await reader.GetDocumentAsync($"/article/{other}")).QuerySelector("h1")!.TextContent.Trim());

        // A comment still waiting for moderation changes nothing readers see: the cached copy stays.
        var body = Unique("评论审核后应立即显示");
        var comment = new Dundian.Core.Community.Comment
        {
            ArticleId = id, Nickname = "读者", Body = body, CreatedAt = DateTime.UtcNow, Status = Dundian.Core.Community.PostStatus.Pending,
        };
        await app.DbAsync(db => { db.Comments.Add(comment); return db.SaveChangesAsync(); });
        await SilentlyRetitleAsync(id, Unique("未经保存的标题"));
        await SilentlyRetitleAsync(other, Unique("另一篇未经保存的标题"));
        Assert.Contains(title, await TextAsync(reader, url));

        // Approving it evicts this article's page (the comment shows at once), not the other article's.
        await app.DbAsync(async db =>
        {
            (await db.Comments.SingleAsync(c => c.Id == comment.Id)).Approve("reviewer", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var fresh = await TextAsync(reader, url);
        Assert.Contains(body, fresh);
        Assert.DoesNotContain(title, fresh);
        Assert.DoesNotContain("另一篇未经保存的标题", await TextAsync(reader, $"/article/{other}"));

        // Hiding it again (as three reports do) takes it off the cached page at once.
        await app.DbAsync(async db =>
        {
            (await db.Comments.SingleAsync(c => c.Id == comment.Id)).Status = Dundian.Core.Community.PostStatus.Pending;
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(body, await TextAsync(reader, url));
    }

    [Fact]
    public async Task A_bulletin_page_is_cached_until_a_write_behind_its_campaign_or_a_withdrawal()
    {
        var reader = app.CreateClient();
        var campaign = await app.CountyCampaignIdAsync();
        var id = await app.DbAsync(db => db.Bulletins.Where(b => b.Series!.CampaignId == campaign && b.Number == 21).Select(b => b.Id).SingleAsync());
        var url = $"/bulletins/{id}";
        async Task<(string Printed, string Today)> VisitedAsync()
        {
            var row = (await reader.GetDocumentAsync(url)).QuerySelector("tr[data-key='households-visited']")!;
            return (row.QuerySelector(".printed")!.TextContent, row.QuerySelector(".today")!.TextContent);
        }
        Assert.Equal(("471户", "471户"), await VisitedAsync());

        // Served from the cache: a title changed behind SaveChanges' back is not seen...
        var hidden = Unique("未经保存的简报标题");
        await app.DbAsync(db => db.Bulletins.Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Title, hidden)));
        Assert.DoesNotContain(hidden, await TextAsync(reader, url));

        // ...a log backdated before the cut-off evicts it: today's figure moves by exactly its households, printed stays.
        await app.DbAsync(async db =>
        {
            var person = await db.Participants.Include(p => p.Group!).ThenInclude(g => g.LiaisonVillages).ThenInclude(l => l.Village)
                .FirstAsync(p => p.CampaignId == campaign && p.Group != null && p.Group.LiaisonVillages.Count > 0);
            var village = person.Group!.LiaisonVillages[0].Village!;
            db.FieldLogs.Add(new Dundian.Core.FieldWork.FieldLog
            {
                CampaignId = campaign, ParticipantId = person.Id, VillageId = village.Id, VillagePath = village.Path,
                StartDate = new DateOnly(2007, 4, 10), EndDate = new DateOnly(2007, 4, 10), HouseholdsVisited = 5, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(("471户", "476户"), await VisitedAsync());
        Assert.Contains(hidden, await TextAsync(reader, url));

        // A withdrawal evicts the issue page and the campaign's list.
        var list = $"/topics/campaign/{campaign}/bulletins";
        Assert.DoesNotContain("已撤回", await TextAsync(reader, list));
        await app.DbAsync(async db =>
        {
            (await db.Bulletins.SingleAsync(b => b.Id == id)).Withdraw("缓存测试撤回", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        Assert.Contains("缓存测试撤回", await TextAsync(reader, url));
        Assert.Contains("已撤回", await TextAsync(reader, list));
    }

    [Fact]
    public async Task Shareable_pages_are_stored_compressed_per_encoding_and_pages_with_secrets_never_compressed()
    {
        static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            return await client.SendAsync(request);
        }
        static async Task<string> BrotliTextAsync(HttpResponseMessage response)
        {
            await using var brotli = new System.IO.Compression.BrotliStream(await response.Content.ReadAsStreamAsync(),
                System.IO.Compression.CompressionMode.Decompress);
            return await new StreamReader(brotli).ReadToEndAsync();
        }
        var title = Unique("压缩缓存测试");
        var id = await PublishAsync(title);
        var reader = app.CreateClient();

        var first = await GetAsync(reader, $"/article/{id}", "gzip, br");
        Assert.Equal(["br"], first.Content.Headers.ContentEncoding);
        Assert.Contains(title, await BrotliTextAsync(first));
        // The second reader gets the stored compressed copy; a reader without compression gets a plain one.
        var second = await GetAsync(reader, $"/article/{id}", "gzip, br");
        Assert.True(second.Headers.Age is not null, "the compressed page was not served from the cache");
        Assert.Equal(["br"], second.Content.Headers.ContentEncoding);
        var plain = await GetAsync(reader, $"/article/{id}", null);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains(title, await plain.Content.ReadAsStringAsync());
        Assert.Equal(["gzip"], (await GetAsync(reader, $"/article/{id}", "gzip")).Content.Headers.ContentEncoding);

        // A page with an antiforgery token (a form) and a signed-in page are never compressed.
        var form = await GetAsync(reader, "/concerns/new", "gzip, br");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Empty(form.Content.Headers.ContentEncoding);
        var (staff, _) = await app.SignInAsync(StaffRole.Editor);
        var signedIn = await GetAsync(staff, $"/article/{id}", "gzip, br");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Empty(signedIn.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Mobile_and_desktop_layouts_are_cached_apart()
    {
        var reader = app.CreateClient();
        reader.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148");
        Assert.Contains("data-layout=\"mobile\"", await TextAsync(reader, "/"));
        Assert.Contains("data-layout=\"desktop\"", await TextAsync(app.CreateClient(), "/"));
        Assert.Contains("data-layout=\"mobile\"", await TextAsync(reader, "/"));
    }

    [Fact]
    public async Task A_response_that_carries_an_antiforgery_token_is_not_shareable()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.StatusCode = StatusCodes.Status200OK;
        Assert.True(PortalOutputCachePolicy.IsShareable(context.Response));

        scope.ServiceProvider.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        Assert.False(PortalOutputCachePolicy.IsShareable(context.Response));
    }

    [Fact]
    public async Task A_page_with_a_form_is_rendered_afresh_for_each_reader()
    {
        // The concern form carries an antiforgery token: two readers get two different tokens.
        var one = Html.AntiforgeryToken(await app.CreateClient().GetDocumentAsync("/concerns/new"));
        var two = Html.AntiforgeryToken(await app.CreateClient().GetDocumentAsync("/concerns/new"));
        Assert.NotEqual(one, two);
    }
}

public sealed class OutputCacheTestsOnSqlite(SqliteApp app) : OutputCacheTests(app), IClassFixture<SqliteApp>;
public sealed class OutputCacheTestsOnPostgres(PostgresApp app) : OutputCacheTests(app), IClassFixture<PostgresApp>;
