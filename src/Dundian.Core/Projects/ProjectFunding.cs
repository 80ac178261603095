namespace Dundian.Core.Projects;

/// <summary>One source of a project's funds (县财政扶助, 部门帮扶, 村集体自筹 …) with its amount in fen.</summary>
public class ProjectFunding
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public required string Source { get; set; }
    public long AmountFen { get; set; }
}
