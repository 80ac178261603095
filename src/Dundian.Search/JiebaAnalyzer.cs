using JiebaNet.Segmenter;
using Lucene.Net.Analysis;

namespace Dundian.Search;

/// <summary>Lucene analyzer over <see cref="JiebaTokenizer"/>; the dictionaries load once per process.</summary>
public sealed class JiebaAnalyzer : Analyzer
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        // jieba looks for its dictionaries relative to the working directory unless told otherwise.
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        return new JiebaSegmenter();
    });

    /// <summary>
    /// Teaches the segmenter words its dictionary lacks — participants' names, village names — so each stays
    /// one token. The dictionary is process-wide in jieba, so this is too.
    /// </summary>
    public static void AddWords(IEnumerable<string> words)
    {
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct())
            Segmenter.Value.AddWord(word.Trim());
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new JiebaTokenizer(Segmenter.Value, reader));
}
