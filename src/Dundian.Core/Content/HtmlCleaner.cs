using Ganss.Xss;

namespace Dundian.Core.Content;

/// <summary>Sanitises rich text before it is stored, so every later render can trust it.</summary>
public class HtmlCleaner
{
    private readonly HtmlSanitizer sanitizer = new();

    public HtmlCleaner()
    {
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
    }

    public string Clean(string? html) => string.IsNullOrWhiteSpace(html) ? "" : sanitizer.Sanitize(html).Trim();
}
