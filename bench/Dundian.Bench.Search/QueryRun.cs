namespace Dundian.Bench.Search;

/// <summary>One of the twenty searches: its hits and its timings.</summary>
public sealed class QueryRun(BenchQueries.BenchQuery query, int? expected)
{
    public BenchQueries.BenchQuery Query { get; } = query;
    /// <summary>Documents whose title or body contains the text (one-word searches only), counted from the corpus.</summary>
    public int? Expected { get; } = expected;
    public int Total { get; set; }
    public int Shown { get; set; }
    public int Highlighted { get; set; }
    public string? FirstTitle { get; set; }
    /// <summary>The words the analyzer makes of the text (what the query matches, each one required).</summary>
    public string Tokens { get; set; } = "";
    public List<double> Ms { get; } = [];
    public List<double> LuceneOnlyMs { get; } = [];
    /// <summary>The query analysed in whole words (jieba's default mode, the product's query analysis), Lucene only.</summary>
    public List<double> WholeWordMs { get; } = [];
    public int WholeWordTotal { get; set; }
    /// <summary>The second experiment: whole words and the segments searched in parallel, Lucene only.</summary>
    public List<double> ParallelMs { get; } = [];
    public string WholeWordTokens { get; set; } = "";
    /// <summary>CPU time of the searching thread per call of the real path (<see cref="ThreadCpu"/>).</summary>
    public List<double> CpuMs { get; } = [];
}
