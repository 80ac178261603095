using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dundian.Search;

/// <summary>Gives every near-real-time searcher the same similarity the index was written with.</summary>
internal sealed class RankingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Ranking.Similarity };
}
