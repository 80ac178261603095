using System.Text;

namespace Dundian.Web.Infrastructure;

/// <summary>
/// A form carrying a NUL character is refused by ASP.NET Core's form reader with an <see cref="InvalidDataException"/>,
/// which would end as a 500. It is bad input, not a fault: answer 400 — a Chinese error page (the status-code pages
/// render /error/400), or the GeoReport v2 error shape under /open311. Only this exception is handled here; size
/// limits of forms are answered elsewhere.
/// </summary>
public sealed class InvalidFormCharacters(RequestDelegate next)
{
    public const string Message = "提交的内容含有无法识别的控制字符,请删除后重新提交。";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (InvalidDataException e) when (IsInvalidCharacters(e) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            if (context.Request.Path.StartsWithSegments("/open311"))
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync($$"""[{"code":400,"description":"invalid characters / {{Message}}"}]""", Encoding.UTF8);
            }
        }
    }

    private static bool IsInvalidCharacters(InvalidDataException e) =>
        e.Message.Contains("invalid characters", StringComparison.OrdinalIgnoreCase)
        || e.InnerException?.Message.Contains("null characters", StringComparison.OrdinalIgnoreCase) == true;
}
