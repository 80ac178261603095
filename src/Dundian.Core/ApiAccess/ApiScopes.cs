namespace Dundian.Core.ApiAccess;

/// <summary>
/// What a token may do, on top of what its person (or its org unit) may do: a scope never widens a role, it only
/// narrows what the token can reach, so a leaked "concerns:read" token cannot file anything.
/// </summary>
public static class ApiScopes
{
    public const string FieldLogsWrite = "field-logs:write";
    public const string FieldLogsRead = "field-logs:read";
    public const string ConcernsWrite = "concerns:write";
    public const string ConcernsRead = "concerns:read";

    /// <summary>Every scope with its Chinese label, in the order the token page lists them.</summary>
    public static readonly IReadOnlyList<(string Scope, string Label)> All =
    [
        (FieldLogsWrite, "登记、更正、删除蹲点日志"),
        (FieldLogsRead, "查看蹲点日志"),
        (ConcernsWrite, "代群众提交民情诉求"),
        (ConcernsRead, "查询民情诉求办理状态"),
    ];

    public static bool IsKnown(string scope) => All.Any(s => s.Scope == scope);

    /// <summary>Scopes are stored space-separated (as OAuth writes them).</summary>
    public static IReadOnlyList<string> Parse(string? stored) =>
        (stored ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
