namespace Dundian.Core.Projects;

/// <summary>A progress report on a project (进展情况), written by staff; times are UTC.</summary>
public class ProjectProgress
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public DateTime At { get; set; }
    public required string Note { get; set; }
    public string? Actor { get; set; }
}
