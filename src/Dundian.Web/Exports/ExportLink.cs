using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.WebUtilities;

namespace Dundian.Web.Exports;

/// <summary>
/// The 「导出Excel」 link of a list: the list's own address and query string (its filters) with <c>handler=Export</c>;
/// the page number is dropped because an export holds every row the filters select.
/// </summary>
public static class ExportLink
{
    public static string For(HttpRequest request)
    {
        var kept = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !kv.Key.Equals("p", StringComparison.OrdinalIgnoreCase) && !kv.Key.Equals("handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
        return request.PathBase + request.Path + QueryString.Create([new("handler", "Export"), .. kept]);
    }

    public static IHtmlContent Anchor(HttpRequest request, string id = "export-excel") =>
        new HtmlString($"<a class=\"button export-excel\" id=\"{id}\" href=\"{System.Net.WebUtility.HtmlEncode(For(request))}\" download>导出Excel</a>");
}
