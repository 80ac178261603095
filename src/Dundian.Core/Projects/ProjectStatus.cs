namespace Dundian.Core.Projects;

/// <summary>实事项目 progress. Only <see cref="Implemented"/> and <see cref="Completed"/> count as 落实.</summary>
public enum ProjectStatus
{
    Planned = 1,
    Implemented = 2,
    Completed = 3,
}
