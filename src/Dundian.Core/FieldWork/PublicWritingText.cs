using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dundian.Core.Common;

namespace Dundian.Core.FieldWork;

/// <summary>
/// What a published note or report may show the public: its (already sanitised) HTML with residents' personal data
/// masked — mobile and landline numbers (138****1234), ID numbers (330********12) and the names of the households
/// registered in its village (王**). Authors write about the people they visited; the portal must not name them.
/// Works on text nodes and the alt/title attributes only, so markup and links are left as they were.
/// </summary>
public static partial class PublicWritingText
{
    private static readonly HtmlParser Parser = new();

    public static string MaskHtml(string? html, IReadOnlyCollection<string> residentNames)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var doc = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = doc.Body!;
        var names = Longest(residentNames);
        foreach (var node in body.Descendants().OfType<IText>().ToList())
            node.Data = Mask(node.Data, names);
        foreach (var element in body.Descendants().OfType<IElement>())
            foreach (var attribute in new[] { "alt", "title" })
                if (element.GetAttribute(attribute) is { } value)
                    element.SetAttribute(attribute, Mask(value, names));
        return body.InnerHtml;
    }

    public static string MaskText(string? text, IReadOnlyCollection<string> residentNames) =>
        string.IsNullOrEmpty(text) ? "" : Mask(text, Longest(residentNames));

    private static string Mask(string text, IReadOnlyList<string> names)
    {
        // ID numbers first: an 18-digit ID would otherwise be read as a phone number inside it.
        text = IdNumber().Replace(text, m => PersonalDataMask.IdNumber(m.Value));
        text = Mobile().Replace(text, m => PersonalDataMask.Phone(m.Value));
        text = Landline().Replace(text, m => PersonalDataMask.Phone(m.Value));
        foreach (var name in names)
            text = text.Replace(name, PersonalDataMask.Name(name), StringComparison.Ordinal);
        return text;
    }

    // Single characters are too common to mask (王 would hide every 王 in the text); longer names first, so
    // 王小明 is masked whole before 王小 could cut into it.
    private static List<string> Longest(IEnumerable<string> names) => names
        .Select(n => n.Trim()).Where(n => n.Length >= 2 && !n.Contains('*', StringComparison.Ordinal))
        .Distinct().OrderByDescending(n => n.Length).ToList();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")]
    private static partial Regex Landline();
}
