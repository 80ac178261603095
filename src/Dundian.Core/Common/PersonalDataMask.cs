using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dundian.Core.Common;

/// <summary>
/// The one masking service for residents' personal data (PRODUCT.md: 138****1234, 王**). Every public surface —
/// pages, the search index and its snippets, feeds, Open311, the JSON API — shows residents' text only through
/// <see cref="Text"/> or <see cref="Html"/>; staff pages show the full value only inside the viewer's scope.
/// Numbers are found by <see cref="PersonalNumbers"/> (mobiles, landlines with or without area code, ID numbers of
/// 15 and 18 digits, bank cards, any other long run of digits; full-width digits, spaces and dashes inside);
/// names by the list the caller knows (the reporter, the village's registered households) and by phrases that
/// introduce one (我叫…, 姓名:…).
/// </summary>
public static class PersonalDataMask
{
    private static readonly HtmlParser Parser = new();

    /// <summary>王小明 → 王**, 欧阳娜娜 → 欧***; keeps only the first character.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var n = name.Trim();
        return n[..1] + new string('*', Math.Max(1, n.Length - 1));
    }

    /// <summary>13812341234 → 138****1234; short or odd numbers keep at most their last two digits.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return "";
        var digits = new string(phone.Select(PersonalNumbers.Normalise).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 11) return digits[..3] + "****" + digits[^4..];
        return digits.Length <= 2 ? new string('*', digits.Length) : new string('*', digits.Length - 2) + digits[^2..];
    }

    /// <summary>ID card number: first 3 and last 2 characters, 330*************12.</summary>
    public static string IdNumber(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return "";
        var s = id.Trim();
        return s.Length <= 5 ? new string('*', s.Length) : s[..3] + new string('*', s.Length - 5) + s[^2..];
    }

    /// <summary>
    /// Plain text as the public may see it: every personal number masked, each of <paramref name="names"/> (two
    /// characters or more; longer first) and any name introduced by 我叫 / 姓名 / 联系人 / 反映人 masked to 王**.
    /// </summary>
    public static string Text(string? text, IEnumerable<string?>? names = null) =>
        string.IsNullOrEmpty(text) ? "" : Mask(text, Longest(names));

    /// <summary>
    /// Sanitised HTML as the public may see it: <see cref="Text"/> applied to every text node and to the alt and title
    /// attributes, so markup and links stay as they were and the result stays encoded.
    /// </summary>
    public static string Html(string? html, IEnumerable<string?>? names = null)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var doc = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = doc.Body!;
        var list = Longest(names);
        foreach (var node in body.Descendants().OfType<IText>().ToList())
            node.Data = Mask(node.Data, list);
        foreach (var element in body.Descendants().OfType<IElement>())
            foreach (var attribute in new[] { "alt", "title" })
                if (element.GetAttribute(attribute) is { } value)
                    element.SetAttribute(attribute, Mask(value, list));
        return body.InnerHtml;
    }

    private static string Mask(string text, IReadOnlyList<string> names)
    {
        text = PersonalNumbers.Mask(text);
        foreach (var name in names)
            text = text.Replace(name, Name(name), StringComparison.Ordinal);
        return IntroducedNames.Mask(text);
    }

    // Single characters are too common to mask (王 would hide every 王 in the text); longer names first, so
    // 王小明 is masked whole before 王小 could cut into it.
    private static List<string> Longest(IEnumerable<string?>? names) => (names ?? [])
        .Where(n => n is not null).Select(n => n!.Trim()).Where(n => n.Length >= 2 && !n.Contains('*', StringComparison.Ordinal))
        .Distinct().OrderByDescending(n => n.Length).ToList();
}
