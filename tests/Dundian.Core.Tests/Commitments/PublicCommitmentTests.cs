using Dundian.Core.Commitments;
using Dundian.Core.Concerns;
using Xunit;

namespace Dundian.Core.Tests.Commitments;

public class PublicCommitmentTests
{
    private static readonly DateOnly Made = new(2007, 4, 2);
    private static readonly DateTime T0 = new(2007, 4, 2, 1, 0, 0, DateTimeKind.Utc);

    private static PublicCommitment New() => PublicCommitment.Make(" 推进“渔家乐”项目 ", "发展渔家乐", "周江勇", "县委书记", 1,
        CommitmentChannel.InterviewColumn, Made, Made.AddDays(90));

    [Fact]
    public void Milestones_progress_and_completion_then_verdicts()
    {
        var c = New();
        Assert.Equal("推进“渔家乐”项目", c.Title);
        Assert.Equal(CommitmentStatus.Open, c.Status);
        var m = c.AddMilestone("完成规划", Made.AddDays(30));
        m.Id = 7;
        c.CompleteMilestone(7, Made.AddDays(20));
        Assert.Equal(CommitmentStatus.InProgress, c.Status);
        c.ReportProgress(Made.AddDays(21), "规划完成", 40);
        c.Complete(Made.AddDays(60), "示范点建成");
        Assert.Equal(CommitmentStatus.Completed, c.Status);
        Assert.Equal(100, c.ProgressPercent);

        var v = c.AddVerdict(Satisfaction.Satisfied, " 办得好 ", "王小明", T0.AddDays(61));
        Assert.Equal("办得好", v.Comment);
        Assert.Equal("王**", v.MaskedNickname);
        Assert.Single(c.Verdicts);
    }

    [Fact]
    public void A_verdict_before_completion_is_refused()
    {
        var c = New();
        var e = Assert.Throws<CommitmentRuleException>(() => c.AddVerdict(Satisfaction.Satisfied, null, null, T0));
        Assert.Equal("承诺兑现后才能评价。", e.Message);
        Assert.Empty(c.Verdicts);
    }

    [Fact]
    public void Markup_in_a_comment_is_refused()
    {
        var c = New();
        c.Complete(Made.AddDays(1), "已兑现");
        var e = Assert.Throws<CommitmentRuleException>(() => c.AddVerdict(Satisfaction.Unsatisfied, "<script>alert(1)</script>", null, T0));
        Assert.Contains("网页代码", e.Message);
        Assert.Empty(c.Verdicts);
    }

    [Fact]
    public void Completion_waits_for_every_milestone_and_progress_cannot_go_back()
    {
        var c = New();
        c.AddMilestone("拆改闲置房屋", Made.AddDays(30));
        Assert.Contains("拆改闲置房屋", Assert.Throws<CommitmentRuleException>(() => c.Complete(Made.AddDays(2), "完成")).Message);
        c.ReportProgress(Made.AddDays(3), "过半", 50);
        Assert.Throws<CommitmentRuleException>(() => c.ReportProgress(Made.AddDays(4), "倒退", 30));
        Assert.Throws<CommitmentRuleException>(() => c.ReportProgress(Made.AddDays(4), "全部完成", 100));
        Assert.Equal(50, c.ProgressPercent);
        Assert.Single(c.Updates);
    }

    [Fact]
    public void A_finished_commitment_refuses_further_steps()
    {
        var c = New();
        c.Withdraw(Made.AddDays(5), "任务调整,并入全县统一项目");
        Assert.Equal(CommitmentStatus.Withdrawn, c.Status);
        Assert.Throws<CommitmentRuleException>(() => c.AddMilestone("x", Made));
        Assert.Throws<CommitmentRuleException>(() => c.ReportProgress(Made, "x", 10));
        Assert.Throws<CommitmentRuleException>(() => c.Complete(Made, "x"));
        Assert.Throws<CommitmentRuleException>(() => c.AddVerdict(Satisfaction.Satisfied, null, null, T0));
        Assert.Throws<CommitmentRuleException>(() => c.Edit("新", "新", "周江勇", null, 1, CommitmentChannel.Website, Made, Made));
    }

    [Fact]
    public void Overdue_when_active_after_the_deadline_day_in_china_time()
    {
        var c = New();
        var deadline = Made.AddDays(90);
        // 2007-07-01 23:30 China time is still the deadline day; 16:00 UTC that day is the next China day.
        var lastMinute = new DateTime(deadline.Year, deadline.Month, deadline.Day, 15, 30, 0, DateTimeKind.Utc);
        Assert.False(c.IsOverdue(lastMinute));
        Assert.True(c.IsOverdue(lastMinute.AddHours(1)));
        c.Complete(deadline.AddDays(3), "兑现");
        Assert.False(c.IsOverdue(lastMinute.AddDays(10)));
    }

    [Theory]
    [InlineData("", "发展渔家乐", "请填写承诺事项。")]
    [InlineData("渔家乐", "<b>加粗</b>", "承诺内容不能包含网页代码")]
    public void Bad_basic_fields_are_refused(string title, string content, string message)
    {
        var e = Assert.Throws<CommitmentRuleException>(() => PublicCommitment.Make(title, content, "李关定", "县长", 1,
            CommitmentChannel.Hotline, Made, Made.AddDays(1)));
        Assert.StartsWith(message, e.Message);
        Assert.Throws<CommitmentRuleException>(() => PublicCommitment.Make("t", "c", "李关定", null, 1,
            CommitmentChannel.Hotline, Made, Made.AddDays(-1)));
    }
}
