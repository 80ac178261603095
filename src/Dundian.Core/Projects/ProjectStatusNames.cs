namespace Dundian.Core.Projects;

public static class ProjectStatusNames
{
    public static string Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => "计划中",
        ProjectStatus.Implemented => "已落实",
        ProjectStatus.Completed => "已完成",
        _ => status.ToString(),
    };
}
