using Dundian.Core.Commitments;
using Dundian.Core.Projects;
using Dundian.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Exports;

/// <summary>实事项目, 发展计划 and 公开承诺 lists as sheets (no residents' data in them: nothing to mask). Money in yuan.</summary>
public static class ProjectSheets
{
    public static XlsxAsyncSheet Projects(IQueryable<PracticalProject> filtered) => new("实事项目",
        ["项目名称", "村(社区)", "调研组", "状态", "预算(元)", "扶助资金(元)", "落实日期", "完成日期", "项目内容"],
        filtered.OrderByDescending(p => p.Id)
            .Select(p => new { p.Title, Village = p.Village!.Name, Group = p.Group!.Name, p.Status, p.BudgetFen, p.FundsFen, p.ImplementedOn, p.CompletedOn, p.Description })
            .AsAsyncEnumerable().Cells(p => [p.Title, p.Village, p.Group, ProjectStatusNames.Of(p.Status), ExportRows.Yuan(p.BudgetFen),
                ExportRows.Yuan(p.FundsFen), p.ImplementedOn, p.CompletedOn, p.Description]));

    public static XlsxAsyncSheet Plans(IQueryable<DevelopmentPlan> filtered) => new("发展计划",
        ["计划名称", "村(社区)", "调研组", "制定日期", "计划事项数", "概要"],
        filtered.OrderByDescending(p => p.AdoptedOn).ThenByDescending(p => p.Id)
            .Select(p => new { p.Title, Village = p.Village!.Name, Group = p.Group!.Name, p.AdoptedOn, Items = p.Items.Count, p.Summary })
            .AsAsyncEnumerable().Cells(p => [p.Title, p.Village, p.Group, p.AdoptedOn, p.Items, p.Summary]));

    public static XlsxAsyncSheet Commitments(IEnumerable<PublicCommitment> listed) => new("公开承诺",
        ["承诺事项", "承诺人", "职务", "责任单位", "承诺渠道", "承诺日期", "完成期限", "状态", "进度(%)", "完成日期", "承诺内容", "完成情况"],
        listed.Cells(c => [c.Title, c.MadeBy, c.MadeByTitle, c.OwnerUnit?.Name, CommitmentChannelNames.Of(c.Channel), c.MadeOn, c.Deadline,
            CommitmentStatusNames.Of(c.Status), c.ProgressPercent, c.CompletedOn, c.Content, c.Outcome]));
}
