using System.Globalization;
using Dundian.Core.Accounts;
using Dundian.Core.Community;
using Dundian.Core.Content;
using Dundian.Core.Moderation;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Community;

/// <summary>Reader and moderator steps shared by the comment, board and lexicon tests.</summary>
public static class CommunityClients
{
    public const string Contact = "13857412369";

    /// <summary>A reader from a fresh address (public posts are rate-limited, reports counted per address).</summary>
    public static HttpClient Reader(this DundianApp app) => app.CreateClientFrom(ConcernClients.NewIp());

    /// <summary>A moderator: a reviewer (审核员) granted on the top unit, 宁波市.</summary>
    public static Task<(HttpClient Client, AppUser User)> ModeratorAsync(this DundianApp app, StaffRole role = StaffRole.Reviewer,
        string unit = "宁波市") => app.SignInAsync(role, unit, "mod", ConcernClients.NewIp());

    /// <summary>A text nobody else in the shared fixture wrote, so look-ups by text find one post.</summary>
    public static string Unique(string text) => text + " " + Guid.NewGuid().ToString("N")[..6];

    public static Task<int> ArticleIdAsync(this DundianApp app) => app.DbAsync(db => db.Articles
        .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    public static async Task<HttpResponseMessage> CommentAsync(this HttpClient reader, int articleId, string? body,
        string? nickname = "渔村老王", string? contact = null)
    {
        var fields = new Dictionary<string, string>();
        if (body is not null) fields["Form.Body"] = body;
        if (nickname is not null) fields["Form.Nickname"] = nickname;
        if (contact is not null) fields["Form.Contact"] = contact;
        return await reader.PostFormAsync(await CommentPageAsync(reader, articleId), fields);
    }

    /// <summary>Follows the article page's 「发表评论」 link, as a reader does (the cached article page has no form).</summary>
    public static async Task<string> CommentPageAsync(this HttpClient reader, int articleId)
    {
        var link = (await reader.GetDocumentAsync($"/article/{articleId}")).QuerySelector("#comments a[data-comment-link]");
        Assert.NotNull(link);
        Assert.Equal("发表评论", link.TextContent.Trim());
        return link.GetAttribute("href")!;
    }

    public static Task<HttpResponseMessage> MessageAsync(this HttpClient reader, string? subject, string? body,
        string? nickname = "石浦居民", string? contact = null)
    {
        var fields = new Dictionary<string, string>();
        if (subject is not null) fields["Form.Subject"] = subject;
        if (body is not null) fields["Form.Body"] = body;
        if (nickname is not null) fields["Form.Nickname"] = nickname;
        if (contact is not null) fields["Form.Contact"] = contact;
        return reader.PostFormAsync("/board/new", fields);
    }

    /// <summary>Posts a moderation step (Approve, Reject, Reply) with the token of the post's own page.</summary>
    public static Task<HttpResponseMessage> ModerateAsync(this HttpClient staff, long id, string handler,
        Dictionary<string, string>? fields = null) =>
        staff.PostFormAsync($"/manage/moderation/{id}", fields ?? [], $"/manage/moderation/{id}?handler={handler}");

    /// <summary>
    /// Follows the post's 举报 link on the page that shows it and confirms there, as a reader does. A post that is no
    /// longer shown has no link: then the confirmation page is asked for directly (a 404 for a hidden post).
    /// </summary>
    public static async Task<HttpResponseMessage> ReportAsync(this HttpClient reader, string pageUrl, long id)
    {
        var link = (await reader.GetDocumentAsync(pageUrl)).QuerySelector($"[data-comment='{id}'] a.link-report, [data-message='{id}'] a.link-report");
        var confirm = link?.GetAttribute("href") ?? $"/community/{id}/report";
        Assert.Equal($"/community/{id}/report", confirm);
        var page = await reader.GetAsync(confirm);
        if (!page.IsSuccessStatusCode) return page;
        return await reader.PostFormAsync(confirm, new Dictionary<string, string>());
    }

    public static Task<CommunityPost?> PostAsync(this DundianApp app, string body) =>
        app.DbAsync(db => db.CommunityPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Body == body));

    public static Task<int> PostCountAsync(this DundianApp app) => app.DbAsync(db => db.CommunityPosts.CountAsync());

    /// <summary>Adds a lexicon word through the editor service (as the staff page does), so the app's matcher sees it.</summary>
    public static Task<SensitiveWord> AddWordAsync(this DundianApp app, string word, string? category = "测试") =>
        app.WithScopeAsync(sp => sp.GetRequiredService<SensitiveWordEditor>().AddAsync(word, category));

    /// <summary>A word unique to one test: 违禁测试 + four letters (not a starter-lexicon word, so deleting it really clears a post).</summary>
    public static string UniqueWord() => "违禁测试" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(4).Select(char.ToUpperInvariant)).PadRight(4, 'Q');

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static Task<int> UnitIdAsync(this DundianApp app, string name) => app.OrgUnitIdAsync(name);
}
