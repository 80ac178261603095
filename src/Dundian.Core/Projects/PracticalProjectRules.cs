using Dundian.Core.Common;

namespace Dundian.Core.Projects;

// The rules of a practical project: funding lines, milestones, progress, 落实 and completion.
public partial class PracticalProject
{
    public const int MaxFundingSources = 10;
    private const decimal MaxYuan = 10_000_000_000m; // 100 亿元: anything above is a typing error

    /// <summary>Title and description, checked: no markup, lengths within the columns.</summary>
    public void Describe(string? title, string? description, decimal budgetYuan)
    {
        Title = Text(title, 200, "请填写项目名称。", "项目名称不能超过 200 个字。")!;
        Description = string.IsNullOrWhiteSpace(description) ? null : Text(description, 2000, "", "项目简介不能超过 2000 个字。");
        if (budgetYuan < 0 || budgetYuan > MaxYuan) throw new ProjectRuleException("项目预算金额不正确。");
        BudgetFen = Money.ToFen(budgetYuan);
    }

    /// <summary>Replaces the funding sources; <see cref="FundsFen"/> becomes their sum (what 项目扶助资金 counts).</summary>
    public void SetFunding(IReadOnlyList<(string? Source, decimal? Yuan)> lines)
    {
        var filled = lines.Where(l => !string.IsNullOrWhiteSpace(l.Source) || l.Yuan is not null).ToList();
        if (filled.Count > MaxFundingSources) throw new ProjectRuleException($"资金来源最多 {MaxFundingSources} 项。");
        var funding = new List<ProjectFunding>();
        foreach (var (source, yuan) in filled)
        {
            var name = Text(source, 100, "请填写资金来源名称(如“县财政扶助资金”)。", "资金来源名称不能超过 100 个字。")!;
            if (yuan is not { } amount || amount <= 0 || amount > MaxYuan)
                throw new ProjectRuleException($"资金来源“{name}”的金额须大于 0 元。");
            funding.Add(new ProjectFunding { Source = name, AmountFen = Money.ToFen(amount) });
        }
        Funding.Clear();
        Funding.AddRange(funding);
        FundsFen = funding.Sum(f => f.AmountFen);
    }

    public ProjectMilestone AddMilestone(string? title, DateOnly? dueOn)
    {
        var name = Text(title, 200, "请填写节点名称。", "节点名称不能超过 200 个字。")!;
        if (dueOn is not { } due) throw new ProjectRuleException("请填写节点的计划日期。");
        var milestone = new ProjectMilestone { Title = name, DueOn = due };
        Milestones.Add(milestone);
        return milestone;
    }

    public void CompleteMilestone(int milestoneId, DateOnly? doneOn)
    {
        var milestone = Milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw new ProjectRuleException("没有这个项目节点。");
        if (milestone.DoneOn is not null) throw new ProjectRuleException("该节点已完成。");
        milestone.DoneOn = doneOn ?? throw new ProjectRuleException("请填写节点完成日期。");
    }

    public void Report(string? note, DateTime atUtc, string? actor) =>
        Progress.Add(new ProjectProgress { Note = Text(note, 2000, "请填写项目进展。", "项目进展不能超过 2000 个字。")!, At = atUtc, Actor = actor });

    /// <summary>落实: the project is under way with its funds in place; from then on it counts in the figures.</summary>
    public void Implement(DateOnly? on)
    {
        if (Status != ProjectStatus.Planned) throw new ProjectRuleException("只有“计划中”的项目可以登记落实。");
        Status = ProjectStatus.Implemented;
        ImplementedOn = on ?? throw new ProjectRuleException("请填写落实日期。");
    }

    /// <summary>完成: every milestone done, on or after the day it was implemented.</summary>
    public void Complete(DateOnly? on)
    {
        if (Status != ProjectStatus.Implemented) throw new ProjectRuleException("只有已落实的项目可以登记完成。");
        if (on is not { } day) throw new ProjectRuleException("请填写完成日期。");
        if (day < ImplementedOn) throw new ProjectRuleException("完成日期不能早于落实日期。");
        if (Milestones.Any(m => m.DoneOn is null)) throw new ProjectRuleException("还有未完成的项目节点,不能登记完成。");
        Status = ProjectStatus.Completed;
        CompletedOn = day;
    }

    internal static string? Text(string? text, int max, string emptyMessage, string longMessage)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0) return emptyMessage.Length > 0 ? throw new ProjectRuleException(emptyMessage) : null;
        if (t.Length > max) throw new ProjectRuleException(longMessage);
        if (PlainTextInput.HasMarkup(t)) throw new ProjectRuleException("内容不能包含网页代码(如 <script>),请用文字描述。");
        return t;
    }
}
