using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.WebUtilities;

namespace Dundian.Web.Exports;

/// <summary>
/// The 「导出Excel」 link of a list: the list's own address and query string (its filters) with <c>handler=Export</c>;
/// the page number is dropped because an export holds every row the filters select.
/// </summary>
public static class ExportLink
{
    public static string For(HttpRequest request, string? table = null)
    {
        var kept = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !kv.Key.Equals("p", StringComparison.OrdinalIgnoreCase) && !kv.Key.Equals("handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
        KeyValuePair<string, string?>[] first = table is null ? [new("handler", "Export")] : [new("handler", "Export"), new("table", table)];
        return request.PathBase + request.Path + QueryString.Create([.. first, .. kept.Where(kv => table is null || kv.Key != "table")]);
    }

    /// <param name="table">Which of the page's tables, where it has several (the dashboard).</param>
    /// <param name="label">The link text, 「导出Excel」 unless a page has several (then 「导出Excel(按调研组)」…).</param>
    public static IHtmlContent Anchor(HttpRequest request, string id = "export-excel", string? table = null, string label = "导出Excel") =>
        new HtmlString($"<a class=\"button export-excel\" id=\"{id}\" href=\"{System.Net.WebUtility.HtmlEncode(For(request, table))}\" download>{System.Net.WebUtility.HtmlEncode(label)}</a>");
}
