using System.Net;
using System.Text;

namespace Dundian.Core.Moderation;

/// <summary>Renders text as HTML with each match wrapped in &lt;mark&gt;, for showing an author what blocked a submission.</summary>
public static class SensitiveWordHighlighter
{
    public static string ToHtml(string text, IReadOnlyList<SensitiveMatch> matches)
    {
        var marked = new bool[text.Length];
        foreach (var m in matches)
            for (var i = m.Index; i < m.Index + m.Length; i++) marked[i] = true;
        var html = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var j = i;
            while (j < text.Length && marked[j] == marked[i]) j++;
            var part = WebUtility.HtmlEncode(text[i..j]);
            html.Append(marked[i] ? $"<mark>{part}</mark>" : part);
            i = j;
        }
        return html.ToString();
    }
}
