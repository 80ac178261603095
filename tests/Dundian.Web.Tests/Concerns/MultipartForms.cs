using System.Net.Http.Headers;
using Dundian.Testing;

namespace Dundian.Web.Tests.Concerns;

/// <summary>Posts a form with files the way a browser does (multipart/form-data, antiforgery token included).</summary>
public static class MultipartForms
{
    public sealed record Upload(string Field, string FileName, byte[] Bytes, string ContentType = "application/octet-stream");

    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url,
        IDictionary<string, string> fields, IEnumerable<Upload> files, string? action = null)
    {
        var page = await client.GetDocumentAsync(url);
        var content = new MultipartFormDataContent { { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var f in files)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(f.ContentType);
            content.Add(part, f.Field, f.FileName);
        }
        return await client.PostAsync(action ?? url, content);
    }
}
