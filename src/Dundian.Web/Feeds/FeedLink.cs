namespace Dundian.Web.Feeds;

/// <summary>
/// A feed a page announces with &lt;link rel="alternate"&gt;. Pages put a list of these into
/// ViewData[<see cref="ViewDataKey"/>]; the layout writes the links into the head.
/// </summary>
public sealed record FeedLink(string Title, string Url, string Type)
{
    public const string ViewDataKey = "Feeds";
    public const string RssType = "application/rss+xml";
    public const string AtomType = "application/atom+xml";

    /// <summary>The RSS and Atom feeds in folder <paramref name="feedPath"/> ("" for the whole site).</summary>
    public static IReadOnlyList<FeedLink> For(string name, string feedPath) =>
    [
        new(name + " RSS", feedPath + "/rss.xml", RssType),
        new(name + " Atom", feedPath + "/atom.xml", AtomType),
    ];
}
