using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Dundian.Web.Api.Open311;

/// <summary>
/// GeoReport v2 answers in both formats from one description: a list of elements, each an ordered list of
/// fields. JSON is an array of objects; XML is &lt;root&gt;&lt;item&gt;&lt;field&gt;…, as the specification shows.
/// A single answer (<see cref="Single"/>: the service definition) is one JSON object and one XML element.
/// </summary>
public sealed class Open311Response(string root, string item, IEnumerable<IReadOnlyList<(string Name, object? Value)>> elements, int status = 200)
    : IResult
{
    private bool single;

    /// <summary>One object (JSON) / one element named <paramref name="root"/> (XML), not a list.</summary>
    public static Open311Response Single(string root, IReadOnlyList<(string Name, object? Value)> fields) =>
        new(root, root, [fields]) { single = true };

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static Open311Response Error(int status, string description) =>
        new("errors", "error", [[("code", status), ("description", description)]], status);

    public async Task ExecuteAsync(HttpContext http)
    {
        var xml = http.GetRouteValue("format") as string == "xml";
        http.Response.StatusCode = status;
        http.Response.ContentType = xml ? "text/xml; charset=utf-8" : "application/json; charset=utf-8";
        var list = elements.ToList();
        var body = (xml, single) switch
        {
            (true, true) => Declaration + new XElement(root, list[0].Select(ToXml)).ToString(SaveOptions.DisableFormatting),
            (true, false) => Declaration +
                new XElement(root, list.Select(e => new XElement(item, e.Select(ToXml)))).ToString(SaveOptions.DisableFormatting),
            (false, true) => JsonSerializer.Serialize(list[0].ToDictionary(f => f.Name, f => f.Value), Json),
            (false, false) => JsonSerializer.Serialize(list.Select(e => e.ToDictionary(f => f.Name, f => f.Value)), Json),
        };
        await http.Response.WriteAsync(body, Encoding.UTF8);
    }

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private static XElement ToXml((string Name, object? Value) f) => f.Value switch
    {
        bool b => new XElement(f.Name, b ? "true" : "false"),
        IEnumerable<string> words when f.Value is not string => new XElement(f.Name, string.Join(",", words)),
        _ => new XElement(f.Name, f.Value),
    };
}
