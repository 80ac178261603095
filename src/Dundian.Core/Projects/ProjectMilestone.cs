namespace Dundian.Core.Projects;

/// <summary>A planned step of a project (立项, 开工, 完工验收 …) with its target date and the day it was done.</summary>
public class ProjectMilestone
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}
