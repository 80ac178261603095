using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Infrastructure;

/// <summary>
/// Over-size bodies get 413 in Chinese (an error page for people, ProblemDetails on /api and /open311) instead of an
/// exception deep inside form binding or antiforgery. The limit is the endpoint's own ([RequestSizeLimit]) or Kestrel's
/// (30 MB by default). A declared Content-Length is refused before anything is read; a chunked body that runs over is
/// refused when Kestrel stops reading it.
/// </summary>
public static class RequestSizeLimits
{
    /// <summary>After routing, so that the endpoint's own limit is known.</summary>
    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = LimitOf(context);
        if (limit is { } max && context.Request.ContentLength > max)
        {
            await DrainAsync(context);
            await RefuseAsync(context, max);
            return;
        }
        try
        {
            await next();
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // A chunked body ran over while being read: the rest is not read, the connection closes.
            context.Response.Clear();
            context.Response.Headers.Connection = "close";
            await RefuseAsync(context, limit ?? 0);
        }
    });

    private static long? LimitOf(HttpContext context)
    {
        var endpoint = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        if (endpoint is not null) return endpoint.MaxRequestBodySize;
        // Kestrel's per-request value; a server without one (the in-memory test server) gets what Kestrel would apply.
        return context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
            ?? context.RequestServices.GetService<IOptions<KestrelServerOptions>>()?.Value.Limits.MaxRequestBodySize;
    }

    /// <summary>
    /// A browser that is still uploading when the answer comes shows "connection reset" instead of our page, so a
    /// moderately over-size body is read and thrown away (no memory kept) before answering. Far larger ones are not
    /// worth the bandwidth: the answer goes out at once and the connection closes.
    /// </summary>
    private static async Task DrainAsync(HttpContext context)
    {
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength > DrainAtMostBytes || size is null || size.IsReadOnly)
        {
            context.Response.Headers.Connection = "close";
            return;
        }
        size.MaxRequestBodySize = DrainAtMostBytes;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            context.Response.Headers.Connection = "close";
        }
    }

    /// <summary>Bodies up to this size are read to the end before the 413 (see <see cref="DrainAsync"/>).</summary>
    public const long DrainAtMostBytes = 64L * 1024 * 1024;

    private static Task RefuseAsync(HttpContext context, long limit)
    {
        var megabytes = (limit / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (ErrorResponses.IsApi(context))
            return ErrorResponses.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "提交的内容过大",
                $"提交的内容超过 {megabytes} MB 的上限,未作处理。");
        ErrorResponses.ReExecuteAsGet(context);
        return Task.CompletedTask;
    }
}
