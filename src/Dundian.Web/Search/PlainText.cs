using System.Net;
using System.Text.RegularExpressions;

namespace Dundian.Web.Search;

/// <summary>
/// Text of stored (already sanitised) article HTML, for the index, feed descriptions and meta descriptions.
/// Tags become spaces so paragraphs do not run into each other; entities are decoded once.
/// </summary>
public static partial class PlainText
{
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>At most <paramref name="length"/> characters of text, with … when cut.</summary>
    public static string Excerpt(string? html, int length = 200)
    {
        var text = FromHtml(html);
        return text.Length <= length ? text : text[..length].TrimEnd() + "…";
    }

    /// <summary>The article's summary when it has one, else the start of its text.</summary>
    public static string Describe(string? summary, string? bodyHtml, int length = 200) =>
        string.IsNullOrWhiteSpace(summary) ? Excerpt(bodyHtml, length) : summary.Trim();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
