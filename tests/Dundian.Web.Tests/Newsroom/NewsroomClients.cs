using System.Globalization;
using System.Net.Http.Headers;
using Dundian.Core.Accounts;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Tests.Newsroom;

/// <summary>Shared steps of the newsroom tests: a channel with its own reviewers, form posts, database look-ups.</summary>
public static class NewsroomClients
{
    public static string Invariant(this int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A fresh channel with <paramref name="levels"/> levels, each with its own newly created reviewer.</summary>
    public static async Task<(int ChannelId, List<(HttpClient Client, AppUser User)> Reviewers)> ChannelWithReviewersAsync(
        this DundianApp app, int levels = 3)
    {
        var slug = "t" + Guid.NewGuid().ToString("N")[..10];
        var channelId = await app.DbAsync(async db =>
        {
            var channel = new Channel { Slug = slug, Name = "测试栏目" + slug[..5], ReviewLevels = levels, SortOrder = 90 };
            db.Channels.Add(channel);
            await db.SaveChangesAsync();
            return channel.Id;
        });
        var reviewers = new List<(HttpClient, AppUser)>();
        for (var level = 1; level <= levels; level++)
        {
            var reviewer = await app.SignInAsync(StaffRole.Reviewer, "宁波市", "reviewer" + level, ConcernClients.NewIp());
            var l = level;
            await app.DbAsync(async db =>
            {
                db.ChannelReviewers.Add(new ChannelReviewer { ChannelId = channelId, Level = l, UserId = reviewer.User.Id });
                return await db.SaveChangesAsync();
            });
            reviewers.Add(reviewer);
        }
        return (channelId, reviewers);
    }

    public static Task<(HttpClient Client, AppUser User)> EditorAsync(this DundianApp app, string unit = "宁波市") =>
        app.SignInAsync(StaffRole.Editor, unit, "editor", ConcernClients.NewIp());

    public static Dictionary<string, string> Fields(int channelId, string title, string body, string? publishAt = null) => new()
    {
        ["Input.ChannelId"] = channelId.Invariant(), ["Input.Title"] = title, ["Input.BodyHtml"] = body,
        ["Input.Summary"] = "摘要", ["Input.Source"] = "宁波党建网", ["Input.Author"] = "通讯员", ["Input.EditorName"] = "王编辑",
        ["Input.Tags"] = "蹲点调研、渔文化", ["Input.PublishAt"] = publishAt ?? "",
    };

    /// <summary>Saves a new article (or article <paramref name="id"/>) through the form; returns the response.</summary>
    public static Task<HttpResponseMessage> SaveArticleAsync(this HttpClient editor, Dictionary<string, string> fields, int? id = null) =>
        editor.PostFormAsync(id is null ? "/manage/articles/edit" : $"/manage/articles/edit/{id}", fields);

    public static async Task<int> CreateArticleAsync(this HttpClient editor, int channelId, string title, string body, string? publishAt = null)
    {
        var response = await editor.SaveArticleAsync(Fields(channelId, title, body, publishAt));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException("save refused: " + await response.TextAsync());
        return int.Parse(response.RedirectTarget().Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// <summary>Posts a handler of the edit page (Submit, Return, Withdraw).</summary>
    public static Task<HttpResponseMessage> ArticleStepAsync(this HttpClient editor, int id, string handler) =>
        editor.PostFormAsync($"/manage/articles/edit/{id}", new Dictionary<string, string>(), $"/manage/articles/edit/{id}?handler={handler}");

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient reviewer, int id, string handler, string? reason = null) =>
        reviewer.PostFormAsync($"/manage/articles/{id}/review", new Dictionary<string, string> { ["reason"] = reason ?? "" },
            $"/manage/articles/{id}/review?handler={handler}");

    /// <summary>A multipart post with the antiforgery token of <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string pageUrl, string action,
        Dictionary<string, string> fields, params (string Field, string FileName, byte[] Content)[] files)
    {
        var token = Html.AntiforgeryToken(await client.GetDocumentAsync(pageUrl));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        foreach (var (field, name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }
        return await client.PostAsync(action, form);
    }

    public static Task<Article> ArticleAsync(this DundianApp app, int id) =>
        app.DbAsync(db => db.Articles.AsNoTracking().Include(a => a.Attachments).SingleAsync(a => a.Id == id));

    public static Task<int> FileCountAsync(this DundianApp app) => app.DbAsync(db => db.StoredFiles.CountAsync());

    /// <summary>A PNG header followed by padding: passes the leading-bytes check, of any size.</summary>
    public static byte[] Png(int length)
    {
        var bytes = new byte[length];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Mp4(int length)
    {
        var bytes = new byte[length];
        "\0\0\0\u0018ftypmp42"u8.ToArray().CopyTo(bytes, 0);
        return bytes;
    }
}
