namespace Dundian.Web.Portal;

/// <summary>
/// What a page says about itself to search engines and link previews: the layout writes
/// &lt;link rel="canonical"&gt; and Open Graph tags from ViewData[<see cref="ViewDataKey"/>].
/// <see cref="Path"/> is site-relative ("/article/1"); the layout makes it absolute.
/// </summary>
public sealed record PageMeta(string Path, string Type, string? Description = null)
{
    public const string ViewDataKey = "PageMeta";
    public const string Website = "website";
    public const string Article = "article";

    /// <summary>A page described in plain text (search engines show about 120 characters); longer text is cut with 「…」.</summary>
    public static PageMeta Page(string path, string description, string type = Website)
    {
        var text = string.Join(' ', description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new PageMeta(path, type, text.Length <= 120 ? text : text[..119] + "…");
    }
}
