namespace Dundian.Core.Concerns;

/// <summary>
/// Character-bigram Jaccard similarity: cheap, needs no segmentation, and works well for short Chinese
/// complaints where two residents describe the same broken road in slightly different words.
/// </summary>
public static class TextSimilarity
{
    public static double Of(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var chars = text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        var set = new HashSet<string>();
        for (var i = 0; i + 1 < chars.Length; i++) set.Add(new string(chars, i, 2));
        return set;
    }
}
