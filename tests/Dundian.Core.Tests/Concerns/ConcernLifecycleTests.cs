using Dundian.Core.Concerns;
using Xunit;

namespace Dundian.Core.Tests.Concerns;

public class ConcernLifecycleTests
{
    private static readonly DateTime T0 = new(2007, 4, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly ConcernCategory Roads = new() { Id = 1, Code = "roads", Name = "道路交通", TimeLimitDays = 10 };
    private static int next;

    private static Concern New() => Concern.Receive($"T{Interlocked.Increment(ref next)}", "hash", Roads, 7,
        " 村口道路破损,雨天积水 ", ConcernSource.Portal, T0, null);

    private static Concern InProgress()
    {
        var c = New();
        c.Assign(unitId: 3, Roads.TimeLimitDays, T0.AddHours(1), "dispatcher");
        c.Start(T0.AddHours(2), "unit");
        return c;
    }

    [Fact]
    public void The_whole_loop_received_assigned_in_progress_resolved_followed_up()
    {
        var c = InProgress();
        Assert.Equal(T0.AddHours(1).AddDays(10), c.DueAt);
        c.AddUpdate("已安排施工队勘察", T0.AddDays(1), "unit");
        c.Resolve("已修复路面并疏通排水沟", T0.AddDays(3), "unit");
        c.FollowUp(Satisfaction.Satisfied, null, T0.AddDays(4), "dispatcher");

        Assert.Equal(ConcernStatus.FollowedUp, c.Status);
        Assert.Equal("村口道路破损,雨天积水", c.Description);
        Assert.Equal(
            [ConcernEventKind.Received, ConcernEventKind.Assigned, ConcernEventKind.Started, ConcernEventKind.Updated,
             ConcernEventKind.Resolved, ConcernEventKind.FollowedUp],
            c.Events.Select(e => e.Kind));
        Assert.Equal(T0.AddDays(4), c.ClosedAt);
    }

    [Fact]
    public void Unsatisfied_follow_up_reopens_the_concern()
    {
        var c = InProgress();
        c.Resolve("已处理", T0.AddDays(2), "unit");
        c.FollowUp(Satisfaction.Unsatisfied, "积水仍在", T0.AddDays(3), "dispatcher");
        Assert.Equal(ConcernStatus.InProgress, c.Status);
        Assert.Equal(1, c.ReopenCount);
        Assert.Null(c.ResolvedAt);
        c.Resolve("重新铺设排水管", T0.AddDays(6), "unit");
        c.FollowUp(Satisfaction.BasicallySatisfied, null, T0.AddDays(7), "dispatcher");
        Assert.Equal(ConcernStatus.FollowedUp, c.Status);
    }

    [Fact]
    public void Return_sends_it_back_to_the_dispatcher_with_a_reason()
    {
        var c = InProgress();
        Assert.Throws<ConcernRuleException>(() => c.Return("  ", T0.AddDays(1), "unit"));
        c.Return("不属于本单位职责", T0.AddDays(1), "unit");
        Assert.Equal(ConcernStatus.Received, c.Status);
        Assert.Null(c.AssignedUnitId);
        Assert.Null(c.DueAt);
        c.Assign(4, 10, T0.AddDays(2), "dispatcher");
        Assert.Equal(4, c.AssignedUnitId);
    }

    [Fact]
    public void Extension_changes_the_due_date_only_when_approved()
    {
        var c = InProgress();
        var due = c.DueAt!.Value;
        Assert.Throws<ConcernRuleException>(() => c.RequestExtension(due.AddDays(-1), "需要更多时间", T0, "unit"));
        c.RequestExtension(due.AddDays(5), "需协调资金", T0.AddDays(2), "unit");
        Assert.Throws<ConcernRuleException>(() => c.RequestExtension(due.AddDays(9), "再延", T0.AddDays(2), "unit"));
        Assert.Equal(due, c.DueAt);
        c.DecideExtension(approve: true, T0.AddDays(3), "office");
        Assert.Equal(due.AddDays(5), c.DueAt);
        Assert.False(c.HasPendingExtension);
        Assert.Throws<ConcernRuleException>(() => c.DecideExtension(true, T0.AddDays(3), "office"));
    }

    [Fact]
    public void Overdue_concerns_escalate_level_by_level_and_stop_at_the_top()
    {
        var c = InProgress();
        var due = c.DueAt!.Value;
        Assert.False(c.EscalateIfOverdue(due.AddMinutes(-1)));
        Assert.True(c.IsOverdue(due.AddMinutes(1)));
        Assert.True(c.EscalateIfOverdue(due.AddDays(1)));
        Assert.True(c.EscalateIfOverdue(due.AddDays(2)));
        Assert.True(c.EscalateIfOverdue(due.AddDays(3)));
        Assert.False(c.EscalateIfOverdue(due.AddDays(4)));
        Assert.Equal(3, c.EscalationLevel);
        c.Resolve("已办结", due.AddDays(5), "unit");
        Assert.False(c.IsOverdue(due.AddDays(6)));
    }

    [Fact]
    public void Merging_a_duplicate_keeps_both_histories()
    {
        var original = InProgress();
        var duplicate = New();
        duplicate.MergeInto(original, T0.AddDays(1), "dispatcher");
        Assert.Equal(ConcernStatus.Merged, duplicate.Status);
        Assert.Equal([ConcernEventKind.Received, ConcernEventKind.MergedInto], duplicate.Events.Select(e => e.Kind));
        Assert.Equal(ConcernEventKind.MergedFrom, original.Events[^1].Kind);
        Assert.Throws<ConcernRuleException>(() => duplicate.MergeInto(original, T0.AddDays(1), "dispatcher"));
        Assert.Throws<ConcernRuleException>(() => original.MergeInto(original, T0.AddDays(1), "dispatcher"));
    }

    public static TheoryData<string> RefusedSteps => new() { "start-received", "resolve-assigned", "followup-inprogress", "assign-twice", "return-received", "update-resolved" };

    [Theory]
    [MemberData(nameof(RefusedSteps))]
    public void Steps_out_of_order_are_refused_with_a_chinese_message_and_change_nothing(string step)
    {
        var c = New();
        if (step is "resolve-assigned" or "assign-twice") c.Assign(3, 10, T0, "d");
        if (step is "followup-inprogress") { c.Assign(3, 10, T0, "d"); c.Start(T0, "u"); }
        if (step is "update-resolved") { c.Assign(3, 10, T0, "d"); c.Start(T0, "u"); c.Resolve("好", T0, "u"); }
        var status = c.Status;
        var events = c.Events.Count;

        var error = Assert.Throws<ConcernRuleException>(() =>
        {
            switch (step)
            {
                case "start-received": c.Start(T0, "u"); break;
                case "resolve-assigned": c.Resolve("结果", T0, "u"); break;
                case "followup-inprogress": c.FollowUp(Satisfaction.Satisfied, null, T0, "d"); break;
                case "assign-twice": c.Assign(4, 10, T0, "d"); break;
                case "return-received": c.Return("理由", T0, "u"); break;
                case "update-resolved": c.AddUpdate("进展", T0, "u"); break;
            }
        });
        Assert.Contains("诉求当前状态为", error.Message);
        Assert.Equal(status, c.Status);
        Assert.Equal(events, c.Events.Count);
    }

    [Fact]
    public void An_empty_description_is_refused()
    {
        var error = Assert.Throws<ConcernRuleException>(() =>
            Concern.Receive("X1", "h", Roads, 7, "   ", ConcernSource.Hotline, T0, "operator"));
        Assert.Equal("请填写诉求内容。", error.Message);
    }
}
