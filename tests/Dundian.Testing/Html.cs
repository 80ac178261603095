using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dundian.Testing;

/// <summary>Parses HTML responses and posts forms the way a browser would (antiforgery token included).</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string AntiforgeryToken(IDocument doc) =>
        doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("page has no antiforgery token");

    /// <summary>GETs the page at <paramref name="url"/>, then posts <paramref name="fields"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url,
        IDictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetDocumentAsync(url);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(values));
    }

    /// <summary>Signs in through the login form (fields Input.UserName / Input.Password).</summary>
    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password) =>
        client.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });

    /// <summary>Text content with all whitespace removed, for comparing Chinese text regardless of layout.</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
