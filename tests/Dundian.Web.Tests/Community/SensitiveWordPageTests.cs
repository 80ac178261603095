using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Community;
using Dundian.Core.Moderation;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Community;

/// <summary>The lexicon page: add, edit, delete take effect on the next post at once; duplicates refused; audited.</summary>
public abstract class SensitiveWordPageTests(DundianApp app)
{
    private static Task<HttpResponseMessage> AddAsync(HttpClient staff, string word, string category) =>
        staff.PostFormAsync("/manage/sensitive-words", new Dictionary<string, string> { ["Word"] = word, ["NewCategory"] = category },
            "/manage/sensitive-words?handler=Add");

    private Task<SensitiveWord?> WordAsync(string word) =>
        app.DbAsync(db => db.SensitiveWords.AsNoTracking().SingleOrDefaultAsync(w => w.Word == word));

    private async Task<PostStatus> PostedStatusAsync(string text)
    {
        var body = CommunityClients.Unique(text);
        await app.Reader().MessageAsync("词库测试", body);
        return (await app.PostAsync(body))!.HoldReasons.HasFlag(HoldReason.SensitiveWords) ? PostStatus.Pending : PostStatus.Published;
    }

    [Fact]
    public async Task A_reviewer_adds_edits_and_deletes_a_word_and_the_matcher_follows_each_change_at_once()
    {
        var (staff, user) = await app.ModeratorAsync(StaffRole.Reviewer);
        var word = CommunityClients.UniqueWord();
        // Warm the lexicon cache first, so that the test shows the edit invalidating it (not a cold first load).
        Assert.Equal(PostStatus.Published, await PostedStatusAsync("干净的留言内容"));

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(staff, word, "广告")).StatusCode);
        var added = (await WordAsync(word))!;
        Assert.Equal("广告", added.Category);
        Assert.Contains(word, await staff.GetStringAsync("/manage/sensitive-words?category=广告"));
        Assert.Equal(PostStatus.Pending, await PostedStatusAsync($"出售{word}"));

        var changed = word + "改";
        var edit = await staff.PostFormAsync($"/manage/sensitive-words/{added.Id}", new Dictionary<string, string> { ["Word"] = changed, ["Category"] = "诈骗" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(PostStatus.Published, await PostedStatusAsync($"出售{word}"));
        Assert.Equal(PostStatus.Pending, await PostedStatusAsync($"出售{changed}"));

        var delete = await staff.PostFormAsync("/manage/sensitive-words", new Dictionary<string, string>(), $"/manage/sensitive-words?handler=Delete&id={added.Id}");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Null(await WordAsync(changed));
        Assert.Equal(PostStatus.Published, await PostedStatusAsync($"出售{changed}"));

        var actions = await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(SensitiveWord)
            && e.EntityKey == CommunityClients.Id(added.Id) && e.UserName == user.UserName).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Delete", "Insert", "Update"], actions.Order().ToArray());
    }

    [Theory]
    [InlineData("", "请填写敏感词。")]
    [InlineData("123456789012345678901234567890123456789012345678901", "敏感词不能超过 50 个字。")]
    public async Task Bad_words_are_refused_in_chinese_and_nothing_is_stored(string word, string message)
    {
        var (staff, _) = await app.ModeratorAsync(StaffRole.SystemAdmin);
        var before = await app.DbAsync(db => db.SensitiveWords.CountAsync());
        var response = await AddAsync(staff, word, "");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Html.Squash(message), await response.TextAsync());
        Assert.Equal(before, await app.DbAsync(db => db.SensitiveWords.CountAsync()));
    }

    [Fact]
    public async Task A_duplicate_even_in_full_width_letters_is_refused()
    {
        var (staff, _) = await app.ModeratorAsync(StaffRole.SystemAdmin);
        var word = "刷单QQ" + Guid.NewGuid().ToString("N")[..3].ToUpperInvariant().Replace('0', 'A');
        await AddAsync(staff, word, "广告");
        var fullWidth = string.Concat(word.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)).ToLowerInvariant();
        var before = await app.DbAsync(db => db.SensitiveWords.CountAsync());
        var response = await AddAsync(staff, fullWidth, "广告");
        Assert.Contains("已在词库中", await response.TextAsync());
        Assert.Equal(before, await app.DbAsync(db => db.SensitiveWords.CountAsync()));
    }

    [Fact]
    public async Task An_editor_moderates_but_may_not_edit_the_lexicon()
    {
        var (editor, _) = await app.ModeratorAsync(StaffRole.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/manage/moderation")).StatusCode);
        var denied = await editor.GetAsync("/manage/sensitive-words");
        Assert.StartsWith("/account/access-denied", denied.RedirectTarget());
        var word = CommunityClients.UniqueWord();
        var forged = await editor.PostFormAsync("/manage/moderation", new Dictionary<string, string> { ["Word"] = word }, "/manage/sensitive-words?handler=Add");
        Assert.StartsWith("/account/access-denied", forged.RedirectTarget());
        Assert.Null(await WordAsync(word));
        var nav = await editor.GetStringAsync("/manage");
        Assert.Contains("/manage/moderation", nav);
        Assert.DoesNotContain("/manage/sensitive-words", nav);
    }
}

public sealed class SensitiveWordPageTestsOnSqlite(SqliteApp app) : SensitiveWordPageTests(app), IClassFixture<SqliteApp>;
public sealed class SensitiveWordPageTestsOnPostgres(PostgresApp app) : SensitiveWordPageTests(app), IClassFixture<PostgresApp>;
