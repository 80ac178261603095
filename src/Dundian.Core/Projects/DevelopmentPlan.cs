using Dundian.Core.Campaigns;
using Dundian.Core.Org;

namespace Dundian.Core.Projects;

/// <summary>发展计划 a village (or its households) adopted with the campaign's help.</summary>
public class DevelopmentPlan
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public int VillageId { get; set; }
    public OrgUnit? Village { get; set; }
    /// <summary>Copied village path for roll-ups (see FieldLog.VillagePath).</summary>
    public string VillagePath { get; set; } = "/";
    public int? GroupId { get; set; }
    public ResearchGroup? Group { get; set; }
    public required string Title { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public string? Summary { get; set; }
    /// <summary>The plan's items (发展项目/措施), in order.</summary>
    public List<DevelopmentPlanItem> Items { get; set; } = [];

    public const int MaxItems = 30;

    /// <summary>Title, summary and items, checked; items replace the old ones (one per non-empty line).</summary>
    public void Describe(string? title, string? summary, IEnumerable<string?> items, DateOnly? adoptedOn)
    {
        Title = PracticalProject.Text(title, 200, "请填写计划名称。", "计划名称不能超过 200 个字。")!;
        Summary = string.IsNullOrWhiteSpace(summary) ? null : PracticalProject.Text(summary, 2000, "", "计划概要不能超过 2000 个字。");
        AdoptedOn = adoptedOn ?? throw new ProjectRuleException("请填写计划通过(制定)日期。");
        var lines = items.Where(i => !string.IsNullOrWhiteSpace(i))
            .Select(i => PracticalProject.Text(i, 500, "", "每条计划事项不能超过 500 个字。")!).ToList();
        if (lines.Count == 0) throw new ProjectRuleException("请至少填写一条计划事项。");
        if (lines.Count > MaxItems) throw new ProjectRuleException($"计划事项最多 {MaxItems} 条。");
        Items.Clear();
        Items.AddRange(lines.Select((text, i) => new DevelopmentPlanItem { Text = text, SortOrder = i }));
    }
}
