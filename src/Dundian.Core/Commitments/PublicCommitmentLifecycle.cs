using Dundian.Core.Common;
using Dundian.Core.Concerns;

namespace Dundian.Core.Commitments;

// The steps of a commitment: milestones, progress, completion, withdrawal, and residents' verdicts.
public partial class PublicCommitment
{
    public CommitmentMilestone AddMilestone(string title, DateOnly dueOn)
    {
        RequireActive("添加节点");
        var m = new CommitmentMilestone { Title = Text(title, MaxTitle, "节点名称"), DueOn = dueOn };
        Milestones.Add(m);
        return m;
    }

    /// <summary>Marks a milestone done; the first done milestone moves the commitment to 推进中.</summary>
    public void CompleteMilestone(int milestoneId, DateOnly doneOn)
    {
        RequireActive("完成节点");
        var m = Milestones.FirstOrDefault(x => x.Id == milestoneId) ?? throw new CommitmentRuleException("节点不存在。");
        if (m.IsDone) throw new CommitmentRuleException("该节点已完成。");
        m.DoneOn = doneOn;
        Status = CommitmentStatus.InProgress;
    }

    /// <summary>进展: a public report with the new percentage; progress never goes backwards and 100% is 兑现, not a report.</summary>
    public CommitmentProgress ReportProgress(DateOnly on, string text, int percent)
    {
        RequireActive("报告进展");
        if (percent is < 0 or > 99) throw new CommitmentRuleException("进度请填写 0 到 99 之间的数;全部完成请使用“兑现承诺”。");
        if (percent < ProgressPercent) throw new CommitmentRuleException($"进度不能低于当前的 {ProgressPercent}%。");
        var p = new CommitmentProgress { On = on, Text = Text(text, MaxText, "进展情况"), Percent = percent };
        Updates.Add(p);
        ProgressPercent = percent;
        Status = CommitmentStatus.InProgress;
        return p;
    }

    /// <summary>兑现: all milestones must be done; the outcome is shown to the public, who may then give verdicts.</summary>
    public void Complete(DateOnly on, string outcome)
    {
        RequireActive("兑现");
        var open = Milestones.Where(m => !m.IsDone).Select(m => m.Title).ToList();
        if (open.Count > 0) throw new CommitmentRuleException($"还有未完成的节点:{string.Join("、", open)}。");
        Outcome = Text(outcome, MaxText, "兑现情况");
        CompletedOn = on;
        ProgressPercent = 100;
        Status = CommitmentStatus.Completed;
    }

    /// <summary>撤回: rare (the task was merged or cancelled higher up); the reason stays public.</summary>
    public void Withdraw(DateOnly on, string reason)
    {
        RequireActive("撤回");
        Outcome = Text(reason, MaxText, "撤回理由");
        CompletedOn = on;
        Status = CommitmentStatus.Withdrawn;
    }

    /// <summary>群众评价: only on a completed commitment. The nickname is masked before it is kept.</summary>
    public CommitmentVerdict AddVerdict(Satisfaction verdict, string? comment, string? nickname, DateTime atUtc)
    {
        if (Status != CommitmentStatus.Completed) throw new CommitmentRuleException("承诺兑现后才能评价。");
        if (!Enum.IsDefined(verdict)) throw new CommitmentRuleException("请选择评价:满意、基本满意或不满意。");
        var v = new CommitmentVerdict
        {
            At = atUtc, Verdict = verdict,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : Text(comment, 500, "评价意见"),
            MaskedNickname = string.IsNullOrWhiteSpace(nickname) ? null : PersonalDataMask.Name(Text(nickname, 20, "昵称")),
        };
        Verdicts.Add(v);
        return v;
    }
}
