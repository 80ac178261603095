using Microsoft.AspNetCore.Http.HttpResults;

namespace Dundian.Web.Api.Tokens;

/// <summary>The write API's refusals: RFC 7807 ProblemDetails with a Chinese title and detail.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Unauthorized(string detail) => Problem(401, "未认证", detail);
    public static ProblemHttpResult Forbidden(string detail) => Problem(403, "无权访问", detail);
    public static ProblemHttpResult NotFound(string detail) => Problem(404, "未找到", detail);
    public static ProblemHttpResult Conflict(string detail) => Problem(409, "冲突", detail);
    public static ProblemHttpResult Unprocessable(string detail) => Problem(422, "请求无法处理", detail);

    /// <summary>400 with the field (camelCase, as in the JSON body) and its Chinese message in <c>errors</c>.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonName(field)] = [message] },
            detail: message, title: "输入有误");

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);

    public static Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return Problem(status, title, detail).ExecuteAsync(context);
    }

    /// <summary>Core services name fields by their C# property (ParticipantId); clients know them as participantId.</summary>
    public static string JsonName(string field) =>
        string.IsNullOrEmpty(field) ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
