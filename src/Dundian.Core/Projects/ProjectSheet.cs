namespace Dundian.Core.Projects;

/// <summary>The columns of the practical-project template 「实事项目」: up to three funding sources a row.</summary>
public static class ProjectSheet
{
    public const string Title = "项目名称", Village = "村(社区)", Group = "调研组", Status = "状态", ImplementedOn = "落实日期",
        CompletedOn = "完成日期", Budget = "预算(元)", Description = "项目简介";

    public const int FundingColumns = 3;

    public static string Source(int i) => $"资金来源{i}";
    public static string Amount(int i) => $"金额{i}(元)";

    public static readonly IReadOnlyList<string> Headers =
    [
        Title, Village, Group, Status, ImplementedOn, CompletedOn, Budget, Description,
        .. Enumerable.Range(1, FundingColumns).SelectMany(i => new[] { Source(i), Amount(i) }),
    ];

    public static readonly IReadOnlyList<string> Required = [Title, Village];

    public static readonly IReadOnlyDictionary<string, ProjectStatus> Statuses =
        Enum.GetValues<ProjectStatus>().ToDictionary(ProjectStatusNames.Of, s => s);
}
