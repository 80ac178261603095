using Dundian.Search;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dundian.Bench.Search;

/// <summary>
/// A diagnostic beside the real path: the same query as <see cref="SearchIndex.Search"/> builds (multi-field parser over
/// title^3 and body, AND, escaped text, the same BM25 parameters as Ranking) run on a read-only reader of the same
/// folder, returning the top 10 only — no stored fields, no highlighting. The difference to the real path's time is
/// what loading and highlighting the ten hits costs.
/// </summary>
public sealed class LuceneOnlyProbe : IDisposable
{
    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Lucene.Net.Analysis.Analyzer analyzer;

    /// <param name="queryAnalyzer"><see cref="JiebaAnalyzer"/> for queries (whole words) or for the index (search mode).</param>
    /// <param name="parallel">Search the segments in parallel on the thread pool (an experiment: the product searches them one after another).</param>
    public LuceneOnlyProbe(string folder, Lucene.Net.Analysis.Analyzer queryAnalyzer, bool parallel = false)
    {
        analyzer = queryAnalyzer;
        directory = FSDirectory.Open(new DirectoryInfo(folder));
        reader = DirectoryReader.Open(directory);
        searcher = parallel ? new IndexSearcher(reader, TaskScheduler.Default) : new IndexSearcher(reader);
        searcher.Similarity = new TitleBodySimilarity();
    }

    public int Segments => reader.Leaves.Count;

    public int Search(string text)
    {
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "body"], analyzer,
            new Dictionary<string, float> { ["title"] = 3f, ["body"] = 1f }) { DefaultOperator = Operator.AND };
        var query = parser.Parse(QueryParserBase.Escape(text.Trim()));
        return searcher.Search(query, 10).TotalHits;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    private sealed class TitleBodySimilarity : PerFieldSimilarityWrapper
    {
        private readonly Similarity title = new BM25Similarity(1.2f, 0f);
        private readonly Similarity body = new BM25Similarity(1.2f, 0.35f);
        public override Similarity Get(string name) => name == "title" ? title : body;
    }
}
