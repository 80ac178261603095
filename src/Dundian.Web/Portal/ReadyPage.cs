using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Dundian.Web.Portal;

/// <summary>A page ready to write: its headers and body as first sent, when its render began (mark sequence) and ended.</summary>
public sealed record ReadyPage(
    KeyValuePair<string, StringValues>[] Headers, byte[] Body, string[] Tags, long NotedAt, DateTimeOffset RenderedAt)
{
    public Task WriteAsync(HttpResponse response, DateTimeOffset now, bool headOnly)
    {
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        foreach (var (name, value) in Headers) headers[name] = value;
        headers.Age = ((long)(now - RenderedAt).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.ContentLength = Body.Length;
        return headOnly ? Task.CompletedTask : response.Body.WriteAsync(Body).AsTask();
    }
}
