namespace Dundian.Core.Projects;

/// <summary>One item of a development plan (e.g. 发展来料加工, 修建机耕路), in the plan's order.</summary>
public class DevelopmentPlanItem
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int SortOrder { get; set; }
    public required string Text { get; set; }
}
