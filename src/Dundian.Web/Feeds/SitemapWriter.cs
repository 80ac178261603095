using System.Xml.Linq;

namespace Dundian.Web.Feeds;

/// <summary>sitemaps.org 0.9: the home page, every channel, and published articles with their last change.</summary>
public static class SitemapWriter
{
    public static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static XDocument Write(string siteBase, IEnumerable<string> channelPaths, IEnumerable<FeedItem> articles)
    {
        var set = new XElement(Ns + "urlset", Url(siteBase + "/"));
        foreach (var path in channelPaths) set.Add(Url(siteBase + path));
        foreach (var a in articles) set.Add(Url(siteBase + a.Path, new XElement(Ns + "lastmod", AtomWriter.Rfc3339(a.LastModified))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), set);
    }

    private static XElement Url(string loc, params object[] more) => new(Ns + "url", new XElement(Ns + "loc", loc), more);
}
