using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dundian.Core.Content;

/// <summary>
/// Reads stored article HTML as text: one line per paragraph (for revision diffs and the sensitive-word check) and the
/// images that lack alternative text.
/// </summary>
public static class ArticleText
{
    private static readonly HtmlParser Parser = new();
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "br", "figure", "figcaption", "table",
    };

    /// <summary>The text, one paragraph per line, blank lines dropped; an image reads as [图片:alt].</summary>
    public static IReadOnlyList<string> Lines(string? html)
    {
        var doc = Parser.ParseDocument("<body>" + (html ?? "") + "</body>");
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        Walk(doc.Body!, current, lines);
        Flush(current, lines);
        return lines;
    }

    public static string Plain(string? html) => string.Join("\n", Lines(html));

    /// <summary>How many &lt;img&gt; have no alt text (or only spaces): such an article is refused.</summary>
    public static int ImagesWithoutAlt(string? html) =>
        Parser.ParseDocument("<body>" + (html ?? "") + "</body>").QuerySelectorAll("img")
            .Count(img => string.IsNullOrWhiteSpace(img.GetAttribute("alt")));

    private static void Walk(INode node, System.Text.StringBuilder current, List<string> lines)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) { current.Append(text.Data); continue; }
            if (child is not IElement element) continue;
            if (element.LocalName == "img") { current.Append("[图片:").Append(element.GetAttribute("alt")).Append(']'); continue; }
            var block = Blocks.Contains(element.LocalName);
            if (block) Flush(current, lines);
            Walk(element, current, lines);
            if (block) Flush(current, lines);
        }
    }

    private static void Flush(System.Text.StringBuilder current, List<string> lines)
    {
        var line = current.ToString().Replace('\u00A0', ' ').Trim();
        if (line.Length > 0) lines.Add(line);
        current.Clear();
    }
}
