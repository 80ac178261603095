using Dundian.Core.Content;
using Xunit;

namespace Dundian.Core.Tests.Content;

public class ArticleReviewTests
{
    private static readonly DateTime T0 = new(2007, 5, 7, 1, 0, 0, DateTimeKind.Utc);

    private static Article Draft() => new() { Title = "蹲点调研简讯", CreatedAt = T0, UpdatedAt = T0 };

    [Fact]
    public void Three_levels_of_approval_publish_the_article()
    {
        var a = Draft();
        a.SubmitForReview(T0);
        a.Review("r1", "一审", ReviewDecision.Approved, null, levels: 3, T0.AddHours(1));
        Assert.Equal((ArticleStatus.InReview, 2), (a.Status, a.PendingLevel));
        a.Review("r2", "二审", ReviewDecision.Approved, null, 3, T0.AddHours(2));
        Assert.Equal(ArticleStatus.InReview, a.Status);
        a.Review("r3", "三审", ReviewDecision.Approved, null, 3, T0.AddHours(3));
        Assert.Equal(ArticleStatus.Published, a.Status);
        Assert.Equal(T0.AddHours(3), a.PublishedAt);
        Assert.Equal([1, 2, 3], a.ReviewSteps.Select(s => s.Level));
    }

    [Fact]
    public void Rejection_goes_back_to_the_author_with_the_reason_and_a_new_round_starts_at_level_one()
    {
        var a = Draft();
        a.SubmitForReview(T0);
        a.Review("r1", null, ReviewDecision.Approved, null, 3, T0.AddHours(1));
        Assert.Throws<ArticleRuleException>(() => a.Review("r2", null, ReviewDecision.Rejected, " ", 3, T0.AddHours(2)));
        a.Review("r2", null, ReviewDecision.Rejected, "数据需核实", 3, T0.AddHours(2));
        Assert.Equal((ArticleStatus.Draft, "数据需核实"), (a.Status, a.RejectionReason));
        a.SubmitForReview(T0.AddHours(3));
        Assert.Equal(1, a.PendingLevel);
        Assert.Null(a.RejectionReason);
    }

    [Fact]
    public void One_reviewer_cannot_approve_two_levels_of_one_round()
    {
        var a = Draft();
        a.SubmitForReview(T0);
        a.Review("r1", null, ReviewDecision.Approved, null, 3, T0.AddHours(1));
        Assert.Throws<ArticleRuleException>(() => a.Review("r1", null, ReviewDecision.Approved, null, 3, T0.AddHours(2)));
        Assert.Equal(2, a.PendingLevel);
    }

    [Fact]
    public void A_scheduled_publish_waits_for_approval_and_then_for_its_time()
    {
        var a = Draft();
        a.Schedule(T0.AddDays(1), null);
        Assert.False(a.PublishIfDue(T0.AddDays(2)));   // not approved: the time alone publishes nothing
        Assert.Equal(ArticleStatus.Draft, a.Status);

        a.SubmitForReview(T0);
        a.Review("r1", null, ReviewDecision.Approved, null, 1, T0.AddHours(1));
        Assert.Equal(ArticleStatus.Approved, a.Status);
        Assert.False(a.PublishIfDue(T0.AddHours(2)));
        Assert.True(a.PublishIfDue(T0.AddDays(1)));
        Assert.Equal((ArticleStatus.Published, T0.AddDays(1)), (a.Status, a.PublishedAt));
    }

    [Fact]
    public void A_scheduled_withdrawal_takes_the_article_down()
    {
        var a = Draft();
        a.Schedule(null, T0.AddDays(3));
        a.SubmitForReview(T0);
        a.Review("r1", null, ReviewDecision.Approved, null, 1, T0);
        Assert.Equal(ArticleStatus.Published, a.Status);
        Assert.True(a.PublishIfDue(T0.AddDays(3)));
        Assert.Equal(ArticleStatus.Withdrawn, a.Status);
        Assert.Throws<ArticleRuleException>(() => a.Schedule(T0.AddDays(2), T0.AddDays(1)));
    }

    [Fact]
    public void Steps_out_of_order_are_refused()
    {
        var a = Draft();
        Assert.Throws<ArticleRuleException>(() => a.Review("r1", null, ReviewDecision.Approved, null, 3, T0));
        Assert.Throws<ArticleRuleException>(() => a.Withdraw());
        a.SubmitForReview(T0);
        var error = Assert.Throws<ArticleRuleException>(() => a.SubmitForReview(T0));
        Assert.Contains("审核中", error.Message);
    }
}
