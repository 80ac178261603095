using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Dundian.Web.Feeds;

/// <summary>Serialises an XDocument as UTF-8 (no BOM) with the given media type: XML is never built from strings.</summary>
public static class XmlResponse
{
    public static IResult From(XDocument document, string contentType)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
            document.Save(writer);
        return TypedResults.Bytes(stream.ToArray(), contentType + "; charset=utf-8");
    }
}
