using System.Globalization;
using System.Xml.Linq;

namespace Dundian.Web.Feeds;

/// <summary>RSS 2.0 (https://www.rssboard.org/rss-specification) with an atom:link to itself, as validators ask.</summary>
public static class RssWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static XDocument Write(Feed feed, string siteBase)
    {
        var channel = new XElement("channel",
            new XElement("title", feed.Title),
            new XElement("link", siteBase + feed.PagePath),
            new XElement("description", feed.Description),
            new XElement("language", "zh-cn"),
            new XElement(Atom + "link", new XAttribute("href", siteBase + feed.FeedPath + "/rss.xml"),
                new XAttribute("rel", "self"), new XAttribute("type", FeedLink.RssType)));
        if (feed.Items.Count > 0) channel.Add(new XElement("lastBuildDate", Rfc822(feed.Updated)));
        foreach (var item in feed.Items)
        {
            var url = siteBase + item.Path;
            channel.Add(new XElement("item",
                new XElement("title", item.Title),
                new XElement("link", url),
                new XElement("guid", new XAttribute("isPermaLink", "true"), url),
                new XElement("pubDate", Rfc822(item.PublishedAt)),
                new XElement("description", item.Description)));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "atom", Atom), channel));
    }

    /// <summary>RFC 822 date with a four-digit year (RFC 1123 form), in GMT: "Tue, 08 May 2007 00:00:00 GMT".</summary>
    public static string Rfc822(DateTime utc) => utc.ToString("r", CultureInfo.InvariantCulture);
}
