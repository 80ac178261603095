using Dundian.Core.Community;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Xunit;

namespace Dundian.Web.Tests.Community;

/// <summary>
/// 「超期未回复」 on a hand-moved clock, with pre-moderation off (先发后审): a clean message is public at once,
/// one with a lexicon word still waits; an unanswered message is flagged at 15 days and critical at 90.
/// </summary>
public abstract class ReplyOverdueTests(ClockedCommunityApp app)
{
    private async Task<AngleSharp.Dom.IElement?> QueueRowAsync(long id)
    {
        // Signed in afresh at the clock's time: a sign-in cookie does not outlive the months the clock jumps.
        var (staff, _) = await app.ModeratorAsync();
        var doc = await staff.GetDocumentAsync("/manage/moderation?show=Overdue");
        return doc.QuerySelector($"tr[data-post='{id}']");
    }

    [Fact]
    public async Task An_unanswered_message_is_flagged_after_the_warning_days_critical_after_ninety_and_cleared_by_a_reply()
    {
        var body = CommunityClients.Unique("村口路灯坏了一个月,请修理。");
        await app.Reader().MessageAsync("路灯报修", body);
        var message = (await app.PostAsync(body))!;
        Assert.Equal(PostStatus.Published, message.Status); // 先发后审: clean messages are public at once
        Assert.Contains(body, await app.Reader().GetStringAsync("/board"));
        Assert.Null(await QueueRowAsync(message.Id));

        app.Clock.Advance(TimeSpan.FromDays(14));
        Assert.Null(await QueueRowAsync(message.Id));

        app.Clock.Advance(TimeSpan.FromDays(2));
        var warning = (await QueueRowAsync(message.Id))!;
        Assert.Equal("warning", warning.QuerySelector("[data-overdue]")?.GetAttribute("data-overdue"));
        Assert.Contains("超期未回复", warning.TextContent);

        app.Clock.Advance(TimeSpan.FromDays(75)); // 91 days
        var critical = (await QueueRowAsync(message.Id))!;
        Assert.Equal("critical", critical.QuerySelector("[data-overdue]")?.GetAttribute("data-overdue"));
        var (staff, _) = await app.ModeratorAsync();
        Assert.Contains("超过90天未答复", Html.Squash(await staff.GetStringAsync("/manage/moderation")));

        var unit = CommunityClients.Id(await app.UnitIdAsync("象山县"));
        await staff.ModerateAsync(message.Id, "Reply", new() { ["reply"] = "路灯已修复。", ["unitId"] = unit });
        Assert.Null(await QueueRowAsync(message.Id));
    }

    [Fact]
    public async Task Without_pre_moderation_a_message_with_a_lexicon_word_still_waits()
    {
        var word = CommunityClients.UniqueWord();
        await app.AddWordAsync(word);
        var body = CommunityClients.Unique($"低价{word}请联系");
        await app.Reader().MessageAsync("广告", body);
        var stored = (await app.PostAsync(body))!;
        Assert.Equal(PostStatus.Pending, stored.Status);
        Assert.Equal(HoldReason.SensitiveWords, stored.HoldReasons);
        Assert.DoesNotContain(body, await app.Reader().GetStringAsync("/board"));
    }
}

public sealed class ReplyOverdueTestsOnSqlite(ClockedSqliteApp app) : ReplyOverdueTests(app), IClassFixture<ClockedSqliteApp>;
public sealed class ReplyOverdueTestsOnPostgres(ClockedPostgresApp app) : ReplyOverdueTests(app), IClassFixture<ClockedPostgresApp>;
