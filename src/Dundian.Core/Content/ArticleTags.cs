namespace Dundian.Core.Content;

/// <summary>Tags are typed as one line; commas (half or full width), 、 and spaces separate them.</summary>
public static class ArticleTags
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\u3000'];

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The stored form: "渔文化,空心村"; null when there is none.</summary>
    public static string? Normalize(string? text)
    {
        var tags = Parse(text);
        return tags.Count == 0 ? null : string.Join(",", tags);
    }
}
