using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace Dundian.Search;

/// <summary>
/// How relevance is scored. Lucene's classic TF-IDF divides by the square root of a field's length, so a
/// two-sentence notice that mentions 蹲点调研 once beat the seed, a long report about exactly that campaign.
/// BM25 saturates term frequency (k1) and, with a low b, only mildly penalises length: a long report on the
/// subject now ranks first, while a match in the title (boosted, length barely matters there) still counts most.
/// </summary>
internal static class Ranking
{
    /// <summary>Bump when the similarity or its parameters change: existing norms are then stale.</summary>
    public const string Version = "bm25-k1.2-b0.35-title0";

    private const string VersionKey = "dundian.ranking";

    public static readonly Similarity Similarity = new FieldSimilarity();

    public static readonly IDictionary<string, float> FieldBoosts = new Dictionary<string, float>
    {
        [SearchIndex.Fields.Title] = 3f,
        [SearchIndex.Fields.Body] = 1f,
    };

    public static IDictionary<string, string> CommitData => new Dictionary<string, string> { [VersionKey] = Version };

    /// <summary>True when the index holds documents written under another ranking (or none recorded).</summary>
    public static bool IsOutdated(IndexWriter writer)
    {
        if (writer.NumDocs == 0) return false;
        var data = writer.CommitData;
        return data is null || !data.TryGetValue(VersionKey, out var v) || v != Version;
    }

    private sealed class FieldSimilarity : PerFieldSimilarityWrapper
    {
        // Titles are all short; their length says nothing about relevance.
        private readonly Similarity title = new BM25Similarity(1.2f, 0f);
        private readonly Similarity body = new BM25Similarity(1.2f, 0.35f);

        public override Similarity Get(string name) => name == SearchIndex.Fields.Title ? title : body;
    }
}
