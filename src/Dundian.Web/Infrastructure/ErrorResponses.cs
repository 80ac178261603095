using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Infrastructure;

/// <summary>
/// Refusals decided before a page or endpoint runs (too large, too many): Chinese ProblemDetails for machine clients,
/// the Chinese error page for people.
/// </summary>
public static class ErrorResponses
{
    /// <summary>The JSON API and Open311 answer machines; everything else answers people.</summary>
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/open311");

    public static Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
    }

    /// <summary>
    /// Leaves the status for the status-code pages to render /error/{code}. The body was not read (and must not be:
    /// it is what was refused), so the request is turned into a body-less GET before the error page runs; a re-executed
    /// POST would make the page read the refused form.
    /// </summary>
    public static void ReExecuteAsGet(HttpContext context)
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Body = Stream.Null;
        context.Request.ContentLength = 0;
        context.Request.ContentType = null;
    }
}
