using System.Globalization;
using System.Net;
using Dundian.Core.Community;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Community;

/// <summary>The message board: leaving a message, official replies with unit and date, counts, privacy, holding.</summary>
public abstract class BoardTests(DundianApp app)
{
    private static async Task<(int Replied, int Total)> CountsAsync(HttpClient client)
    {
        var strong = (await client.GetDocumentAsync("/board")).QuerySelectorAll("#board-counts strong").Select(s => int.Parse(s.TextContent, CultureInfo.InvariantCulture)).ToList();
        return (strong[0], strong[1]);
    }

    [Fact]
    public async Task A_message_is_approved_and_answered_and_the_reply_shows_under_it_with_unit_and_date()
    {
        var subject = CommunityClients.Unique("东门渔村渔港停车难");
        var body = CommunityClients.Unique("每到休渔期渔港周边停车困难,建议规划临时停车位。");
        var reader = app.Reader();
        var posted = await reader.MessageAsync(subject, body, "陈海生", CommunityClients.Contact);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var board = await reader.GetStringAsync("/board");
        Assert.Contains("留言已提交,审核通过后公开显示", board);
        Assert.DoesNotContain(subject, board);
        var id = (await app.PostAsync(body))!.Id;
        var (repliedBefore, totalBefore) = await CountsAsync(reader);

        var (staff, user) = await app.ModeratorAsync(Dundian.Core.Accounts.StaffRole.CampaignOffice);
        await staff.ModerateAsync(id, "Approve");
        Assert.Equal((repliedBefore, totalBefore + 1), await CountsAsync(reader));
        var waiting = (await reader.GetDocumentAsync("/board")).QuerySelector($"li[data-message='{id}']")!;
        Assert.Contains("待答复", waiting.TextContent);

        var unit = CommunityClients.Id(await app.UnitIdAsync("象山县"));
        const string reply = "感谢您的建议。县交通局已会同石浦镇在渔港东侧规划临时停车位 60 个,休渔期前启用。";
        var replied = await staff.ModerateAsync(id, "Reply", new() { ["reply"] = reply, ["unitId"] = unit });
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);

        var item = (await app.Reader().GetDocumentAsync("/board")).QuerySelector($"li[data-message='{id}']")!;
        var replyBlock = item.QuerySelector(".community-reply")!;
        Assert.Contains(reply, replyBlock.TextContent);
        Assert.Contains("象山县", replyBlock.TextContent);
        Assert.Contains(Core.Common.ChinaTime.ShortDate(DateTime.UtcNow), replyBlock.TextContent);
        Assert.Contains("陈**", item.TextContent);
        Assert.DoesNotContain("陈海生", item.TextContent);
        Assert.Equal((repliedBefore + 1, totalBefore + 1), await CountsAsync(reader));

        var stored = (await app.PostAsync(body))!;
        Assert.Equal(user.UserName, stored.RepliedBy);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(BoardMessage)
            && e.EntityKey == CommunityClients.Id(id) && e.UserName == user.UserName && e.Details!.Contains("ReplyText"))));
    }

    [Fact]
    public async Task The_contact_never_reaches_a_public_page_and_staff_see_it_masked()
    {
        var body = CommunityClients.Unique("建议村文化礼堂周末开放阅览室。");
        const string email = "chenhaisheng@example.com";
        await app.Reader().MessageAsync("文化礼堂开放时间", body, "海生", email);
        var id = (await app.PostAsync(body))!.Id;
        var (staff, _) = await app.ModeratorAsync();
        await staff.ModerateAsync(id, "Approve");
        await staff.ModerateAsync(id, "Reply", new() { ["reply"] = "已转村委会研究。", ["unitId"] = CommunityClients.Id(await app.UnitIdAsync("宁波市")) });

        var pages = new[] { await app.Reader().GetStringAsync("/board"), await app.Reader().GetStringAsync("/") };
        Assert.Contains(body, pages[0]);
        Assert.All(pages, html => { Assert.DoesNotContain(email, html); Assert.DoesNotContain("c***@", html); });
        var detail = await Html.ParseAsync(await staff.GetAsync($"/manage/moderation/{id}"));
        Assert.Equal("c***@example.com", detail.QuerySelector("#post-contact")!.TextContent.Trim());
        Assert.DoesNotContain(email, detail.Body!.InnerHtml);
    }

    [Fact]
    public async Task A_message_with_a_lexicon_word_in_its_subject_is_held_with_the_word_highlighted()
    {
        var word = CommunityClients.UniqueWord();
        await app.AddWordAsync(word, "广告");
        var body = CommunityClients.Unique("正文没有问题的留言内容。");
        await app.Reader().MessageAsync($"出售{word}", body);
        var stored = (BoardMessage)(await app.PostAsync(body))!;
        Assert.True(stored.HoldReasons.HasFlag(HoldReason.SensitiveWords));
        Assert.Equal(PostStatus.Pending, stored.Status);

        var (staff, _) = await app.ModeratorAsync();
        var detail = await Html.ParseAsync(await staff.GetAsync($"/manage/moderation/{stored.Id}"));
        Assert.Equal(word, detail.QuerySelector(".post-subject mark")?.TextContent);
        Assert.Equal(word, detail.QuerySelector("#sensitive-hits")?.TextContent);
        Assert.DoesNotContain(stored.Subject, await app.Reader().GetStringAsync("/board"));
    }

    [Theory]
    [InlineData("", "留言内容正文足够长", "昵称", "请填写留言标题。")]
    [InlineData("标题", "", "昵称", "请填写留言内容。")]
    [InlineData("标题", "太短", "昵称", "留言内容至少 5 个字。")]
    [InlineData("标题", "留言内容正文足够长", "", "请填写昵称。")]
    [InlineData("<script>alert(1)</script>", "留言内容正文足够长", "昵称", "留言标题不能包含网页代码")]
    [InlineData("标题", "留言<iframe src=//evil>内容", "昵称", "留言内容不能包含网页代码")]
    public async Task Bad_input_gets_a_chinese_message_and_stores_nothing(string subject, string body, string nickname, string message)
    {
        var before = await app.PostCountAsync();
        var response = await app.Reader().MessageAsync(subject, body, nickname, "12345678901234567890");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(Html.Squash(message), Html.Squash(WebUtility.HtmlDecode(html)));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.Equal(before, await app.PostCountAsync());
    }

    [Fact]
    public async Task Too_long_text_and_a_reply_in_the_name_of_a_unit_outside_the_scope_are_refused()
    {
        var before = await app.PostCountAsync();
        var tooLong = await app.Reader().MessageAsync(new string('题', BoardMessage.MaxSubject + 1), "留言内容正文足够长");
        Assert.Contains($"留言标题不能超过{BoardMessage.MaxSubject}个字。", await tooLong.TextAsync());
        Assert.Equal(before, await app.PostCountAsync());

        var body = CommunityClients.Unique("请问蹲点干部什么时候来我们村?");
        await app.Reader().MessageAsync("蹲点安排", body);
        var id = (await app.PostAsync(body))!.Id;
        var (staff, _) = await app.ModeratorAsync();
        var village = CommunityClients.Id(await app.UnitIdAsync("东门渔村")); // villages do not sign replies
        var refused = await staff.ModerateAsync(id, "Reply", new() { ["reply"] = "近期安排。", ["unitId"] = village });
        Assert.Contains("请选择以哪个单位的名义答复", await refused.TextAsync());
        var empty = await staff.ModerateAsync(id, "Reply", new() { ["reply"] = "", ["unitId"] = CommunityClients.Id(await app.UnitIdAsync("象山县")) });
        Assert.Contains("请填写答复内容。", await empty.TextAsync());
        Assert.Null((await app.PostAsync(body))!.RepliedAt);
    }

    [Fact]
    public async Task The_board_pages_twenty_messages_at_a_time_newest_first()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await app.DbAsync(db =>
        {
            // Older than anything else in the shared fixture, so other tests still find theirs on the first page.
            var start = new DateTime(2007, 5, 8, 0, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < 21; i++)
                db.BoardMessages.Add(new BoardMessage
                {
                    Nickname = "居民", Subject = $"分页留言{tag}-{i:00}", Body = "分页测试留言内容。", CreatedAt = start.AddMinutes(i), Status = PostStatus.Published,
                });
            return db.SaveChangesAsync();
        });
        var first = await app.Reader().GetDocumentAsync("/board");
        Assert.Equal(20, first.QuerySelectorAll("#board-list > li").Length);
        Assert.DoesNotContain($"分页留言{tag}-00", first.Body!.TextContent);
        Assert.NotNull(first.QuerySelector(".community-pager a[href='/board?page=2']"));
        var pages = int.Parse(Html.Squash(first.QuerySelector(".community-pager span")!.TextContent).Split('/')[1].TrimEnd('页'), CultureInfo.InvariantCulture);

        var last = await app.Reader().GetDocumentAsync($"/board?page={pages}");
        Assert.Contains($"第{pages}/{pages}页", Html.Squash(last.QuerySelector(".community-pager")!.TextContent));
        var items = last.QuerySelectorAll("#board-list > li").Select(li => li.TextContent).ToList();
        Assert.Contains($"分页留言{tag}-00", items[^1]); // oldest last
    }

    [Fact]
    public async Task The_board_is_linked_from_the_portal_footer()
    {
        var home = await app.Reader().GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector("footer a[href='/board']"));
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/board/new")).StatusCode);
    }
}

public sealed class BoardTestsOnSqlite(SqliteApp app) : BoardTests(app), IClassFixture<SqliteApp>;
public sealed class BoardTestsOnPostgres(PostgresApp app) : BoardTests(app), IClassFixture<PostgresApp>;
