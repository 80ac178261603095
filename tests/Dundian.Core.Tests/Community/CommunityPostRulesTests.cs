using Dundian.Core.Community;
using Dundian.Testing;
using Xunit;

namespace Dundian.Core.Tests.Community;

/// <summary>The moderation rules on the entity and the reply-overdue levels, on a hand-moved clock.</summary>
public sealed class CommunityPostRulesTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2007, 5, 8, 1, 0, 0, TimeSpan.Zero));
    private readonly CommunityOptions options = new() { ReplyWarningDays = 15, ReplyCriticalDays = 90, ReportThreshold = 3 };

    private BoardMessage Message() => new()
    {
        Nickname = "石浦居民", Subject = "路灯报修", Body = "村口路灯坏了。", CreatedAt = clock.GetUtcNow().UtcDateTime, Status = PostStatus.Published,
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [Fact]
    public void An_unanswered_message_turns_warning_at_fifteen_days_and_critical_at_ninety_until_it_is_answered()
    {
        var m = Message();
        clock.Advance(TimeSpan.FromDays(15) - TimeSpan.FromMinutes(1));
        Assert.Equal(ReplyOverdue.None, m.Overdue(Now, options));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(ReplyOverdue.Warning, m.Overdue(Now, options));
        clock.Advance(TimeSpan.FromDays(75));
        Assert.Equal(ReplyOverdue.Critical, m.Overdue(Now, options));

        m.Reply("已修复。", 1, "staff", Now);
        Assert.Equal(ReplyOverdue.None, m.Overdue(Now, options));
    }

    [Fact]
    public void A_rejected_message_is_not_owed_a_reply_and_cannot_be_answered()
    {
        var m = Message();
        m.Reject("广告", "staff", Now);
        clock.Advance(TimeSpan.FromDays(120));
        Assert.Equal(ReplyOverdue.None, m.Overdue(Now, options));
        Assert.Equal("未通过的内容不能答复。", Assert.Throws<CommunityRuleException>(() => m.Reply("答复", 1, "staff", Now)).Message);
    }

    [Fact]
    public void Reports_hide_a_public_post_at_the_threshold_and_approval_settles_them()
    {
        var m = Message();
        Assert.False(m.AddReport(options.ReportThreshold));
        Assert.False(m.AddReport(options.ReportThreshold));
        Assert.True(m.AddReport(options.ReportThreshold));
        Assert.Equal(PostStatus.Pending, m.Status);
        Assert.Equal(HoldReason.Reported, m.HoldReasons);
        Assert.False(m.AddReport(options.ReportThreshold)); // no longer public: not counted

        m.Approve("staff", Now);
        Assert.Equal((PostStatus.Published, 0, HoldReason.None), (m.Status, m.OpenReports, m.HoldReasons));
        Assert.Throws<CommunityRuleException>(() => m.Approve("staff", Now));
    }

    [Theory]
    [InlineData(null, "请填写不通过的理由。")]
    [InlineData("  ", "请填写不通过的理由。")]
    [InlineData("<b>广告</b>", "不通过的理由不能包含网页代码(如 <script>),请只填写文字。")]
    public void A_rejection_needs_a_plain_reason_and_a_refusal_changes_nothing(string? reason, string message)
    {
        var m = Message();
        Assert.Equal(message, Assert.Throws<CommunityRuleException>(() => m.Reject(reason, "staff", Now)).Message);
        Assert.Equal(PostStatus.Published, m.Status);
        Assert.Null(m.ModeratedBy);
    }

    [Theory]
    [InlineData("13857412369", "138****2369")]
    [InlineData("0574-65712345", "057****2345")]
    [InlineData("chenhaisheng@example.com", "c***@example.com")]
    [InlineData("微信 abc", "微*****")]
    [InlineData("", "")]
    public void Contacts_are_masked(string contact, string masked)
    {
        Assert.Equal(masked, ContactMask.Of(contact));
    }
}
