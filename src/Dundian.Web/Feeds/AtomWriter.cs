using System.Globalization;
using System.Xml.Linq;

namespace Dundian.Web.Feeds;

/// <summary>Atom 1.0 (RFC 4287): ids are the permanent URLs; the organisation is the feed's author.</summary>
public static class AtomWriter
{
    public static readonly XNamespace Ns = "http://www.w3.org/2005/Atom";

    public static XDocument Write(Feed feed, string siteBase, string author)
    {
        var self = siteBase + feed.FeedPath + "/atom.xml";
        var root = new XElement(Ns + "feed", new XAttribute(XNamespace.Xml + "lang", "zh-CN"),
            new XElement(Ns + "id", self),
            new XElement(Ns + "title", feed.Title),
            new XElement(Ns + "subtitle", feed.Description),
            new XElement(Ns + "updated", Rfc3339(feed.Updated)),
            new XElement(Ns + "link", new XAttribute("rel", "self"), new XAttribute("type", FeedLink.AtomType), new XAttribute("href", self)),
            new XElement(Ns + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", siteBase + feed.PagePath)),
            new XElement(Ns + "author", new XElement(Ns + "name", author)));
        foreach (var item in feed.Items)
        {
            var url = siteBase + item.Path;
            root.Add(new XElement(Ns + "entry",
                new XElement(Ns + "id", url),
                new XElement(Ns + "title", item.Title),
                new XElement(Ns + "updated", Rfc3339(item.LastModified)),
                new XElement(Ns + "published", Rfc3339(item.PublishedAt)),
                new XElement(Ns + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", url)),
                new XElement(Ns + "summary", item.Description)));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>RFC 3339 in UTC: "2007-05-08T00:00:00Z".</summary>
    public static string Rfc3339(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
