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
}
