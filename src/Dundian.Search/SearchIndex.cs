using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dundian.Search;

/// <summary>
/// The full-text index: one writer for the process (Lucene allows one), near-real-time readers so a publish
/// is searchable at once. Thread-safe; register as a singleton.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] TextFields = [Fields.Title, Fields.Body];

    private readonly Analyzer analyzer = new JiebaAnalyzer();
    private readonly Analyzer queryAnalyzer = new JiebaAnalyzer(forQueries: true);
    private readonly Lucene.Net.Store.Directory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    public SearchIndex(string folder)
    {
        directory = FSDirectory.Open(new DirectoryInfo(folder));
        writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.Similarity,
        });
        // Norms are written with the similarity of the day: an index written under another ranking is emptied,
        // and the app refills an empty index at start (SearchSetup), so an upgrade needs no manual rebuild.
        if (Ranking.IsOutdated(writer))
        {
            writer.DeleteAll();
            Commit(refresh: false);
        }
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new RankingSearcherFactory());
    }

    /// <summary>Adds or replaces the document with the same key and makes it searchable.</summary>
    public void Upsert(SearchDocument doc) => UpsertAll([doc]);

    /// <summary>
    /// Adds or replaces many documents with one commit: a commit writes and syncs files and reopens the reader, so one
    /// per document made filling 20,000 resolved concerns take minutes (bench/Dundian.Bench.Search: 25–133 documents/s).
    /// </summary>
    public void UpsertAll(IEnumerable<SearchDocument> docs)
    {
        foreach (var doc in docs) writer.UpdateDocument(new Term(Fields.Key, doc.Key), ToLucene(doc));
        Commit();
    }

    public void Delete(string key)
    {
        writer.DeleteDocuments(new Term(Fields.Key, key));
        Commit();
    }

    /// <summary>Replaces the whole index with <paramref name="docs"/> (the rebuild command).</summary>
    public void Rebuild(IEnumerable<SearchDocument> docs)
    {
        writer.DeleteAll();
        foreach (var doc in docs) writer.AddDocument(ToLucene(doc));
        Commit();
    }

    public SearchResults Search(SearchQuery q)
    {
        if (string.IsNullOrWhiteSpace(q.Text)) return new SearchResults(0, []);
        var parser = new MultiFieldQueryParser(Version, TextFields, queryAnalyzer,
            Ranking.FieldBoosts) { DefaultOperator = Operator.AND };
        var textQuery = parser.Parse(QueryParserBase.Escape(q.Text.Trim()));
        var query = new BooleanQuery { { textQuery, Occur.MUST } };
        if (!string.IsNullOrEmpty(q.Channel)) query.Add(new TermQuery(new Term(Fields.Channel, q.Channel)), Occur.MUST);
        if (q.FromUtc is not null || q.ToUtc is not null)
            query.Add(NumericRangeQuery.NewInt64Range(Fields.Date, q.FromUtc?.Ticks, q.ToUtc?.Ticks, true, true), Occur.MUST);

        var sort = q.Order == SearchOrder.Newest ? new Sort(new SortField(Fields.Date, SortFieldType.INT64, reverse: true)) : Sort.RELEVANCE;
        var searcher = searchers.Acquire();
        try
        {
            var top = searcher.Search(query, null, Math.Max(1, q.Page * q.PageSize), sort);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(), new QueryScorer(textQuery))
            {
                TextFragmenter = new SimpleFragmenter(90),
            };
            var hits = top.ScoreDocs.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
                .Select(sd => ToHit(searcher.Doc(sd.Doc), highlighter)).ToList();
            return new SearchResults(top.TotalHits, hits);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Documents in the index now; the app rebuilds at start when this is 0.</summary>
    public int DocumentCount
    {
        get
        {
            var searcher = searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { searchers.Release(searcher); }
        }
    }

    /// <summary>The words the analyzer makes of <paramref name="text"/> (for tests and diagnostics).</summary>
    public IReadOnlyList<string> Tokens(string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(Fields.Body, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }

    private SearchHit ToHit(Document d, Highlighter highlighter)
    {
        var title = d.Get(Fields.Title);
        var body = d.Get(Fields.Body);
        var encoder = new HtmlTextEncoder();
        var titleHtml = highlighter.GetBestFragment(analyzer, Fields.Title, title) is { } t && t.Length >= title.Length ? t : encoder.EncodeText(title);
        var snippet = highlighter.GetBestFragments(analyzer.GetTokenStream(Fields.Body, body), body, 2, "…");
        if (string.IsNullOrEmpty(snippet)) snippet = encoder.EncodeText(body.Length > 90 ? body[..90] + "…" : body);
        return new SearchHit(d.Get(Fields.Key), d.Get(Fields.Kind), d.Get(Fields.Url), title, titleHtml, snippet,
            new DateTime(d.GetField(Fields.Date).GetInt64Value()!.Value, DateTimeKind.Utc), d.Get(Fields.ChannelName));
    }

    private static Document ToLucene(SearchDocument doc)
    {
        var d = new Document
        {
            new StringField(Fields.Key, doc.Key, Field.Store.YES),
            new StringField(Fields.Kind, doc.Kind, Field.Store.YES),
            new StoredField(Fields.Url, doc.Url),
            new TextField(Fields.Title, doc.Title, Field.Store.YES),
            new TextField(Fields.Body, doc.Body, Field.Store.YES),
            new Int64Field(Fields.Date, doc.PublishedAtUtc.Ticks, Field.Store.YES),
        };
        if (doc.Channel is not null) d.Add(new StringField(Fields.Channel, doc.Channel, Field.Store.YES));
        if (doc.ChannelName is not null) d.Add(new StoredField(Fields.ChannelName, doc.ChannelName));
        return d;
    }

    private void Commit(bool refresh = true)
    {
        writer.SetCommitData(Ranking.CommitData);
        writer.Commit();
        if (refresh) searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        analyzer.Dispose();
        queryAnalyzer.Dispose();
    }

    internal static class Fields
    {
        public const string Key = "key", Kind = "kind", Url = "url", Title = "title", Body = "body",
            Date = "date", Channel = "channel", ChannelName = "channel_name";
    }
}
