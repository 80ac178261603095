using Dundian.Web.Api.Tokens;
using Dundian.Web.Infrastructure;

namespace Dundian.Web.Api.Write;

/// <summary>
/// <c>/api/v1</c>: the token-authenticated write API (field logs, concerns). Every endpoint needs a bearer token
/// (<see cref="ApiTokenSetup.Policy"/>; the staff cookie does not count, so no antiforgery is needed), the scope the
/// endpoint names, and stays within the rate limit <see cref="RateLimits.Api"/>.
/// </summary>
public static class WriteApi
{
    public static IEndpointRouteBuilder MapWriteApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1")
            .RequireAuthorization(ApiTokenSetup.Policy)
            .RequireRateLimiting(RateLimits.Api)
            .DisableAntiforgery();
        v1.MapFieldLogApi();
        v1.MapConcernApi();
        return app;
    }

    /// <summary>
    /// Errors the framework writes before a handler runs (unreadable JSON, wrong media type, unknown route) get a
    /// Chinese title and detail too.
    /// </summary>
    public static IServiceCollection AddWriteApi(this IServiceCollection services)
    {
        services.AddApiTokens();
        services.Configure<ProblemDetailsOptions>(o =>
        {
            var earlier = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                earlier?.Invoke(context);
                var problem = context.ProblemDetails;
                if (problem.Detail is not null) return;
                (problem.Title, problem.Detail) = problem.Status switch
                {
                    400 => ("请求无效", "请求内容不是有效的 JSON,或某个字段的类型不对(如数字写成了文字、日期不是 yyyy-MM-dd)。"),
                    404 => ("未找到", "没有这个地址。"),
                    405 => ("方法不允许", "该地址不支持此请求方法。"),
                    413 => ("请求过大", "请求内容过大。"),
                    415 => ("格式不支持", "请以 application/json 提交。"),
                    _ => (problem.Title, problem.Detail),
                };
            };
        });
        return services;
    }
}
