namespace Dundian.Core.Projects;

/// <summary>The columns of the development-plan template 「发展计划」: the items one a line in one cell (Alt+Enter).</summary>
public static class PlanSheet
{
    public const string Title = "计划名称", Village = "村(社区)", Group = "调研组", AdoptedOn = "制定日期", Summary = "计划概要",
        Items = "计划事项";

    public static readonly IReadOnlyList<string> Headers = [Title, Village, Group, AdoptedOn, Summary, Items];

    public static readonly IReadOnlyList<string> Required = [Title, Village, AdoptedOn, Items];
}
