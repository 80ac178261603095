using System.Xml.Linq;

namespace Dundian.Web.Feeds;

/// <summary>
/// OpenSearch 1.1 description: lets a browser add the portal as a search engine ("{searchTerms}" is the
/// placeholder the browser fills in).
/// </summary>
public static class OpenSearchWriter
{
    public const string ContentType = "application/opensearchdescription+xml";
    public static readonly XNamespace Ns = "http://a9.com/-/spec/opensearch/1.1/";

    public static XDocument Write(string siteBase, string siteName) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "OpenSearchDescription",
                new XElement(Ns + "ShortName", siteName),
                new XElement(Ns + "Description", siteName + "站内搜索"),
                new XElement(Ns + "InputEncoding", "UTF-8"),
                new XElement(Ns + "Language", "zh-CN"),
                new XElement(Ns + "Url", new XAttribute("type", "text/html"), new XAttribute("method", "get"),
                    new XAttribute("template", siteBase + "/search?q={searchTerms}"))));
}
