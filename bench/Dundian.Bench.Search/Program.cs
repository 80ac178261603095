using System.Diagnostics;
using System.Globalization;
using Dundian.Bench.Search;
using Dundian.Search;

// Search over N generated documents (default 500,000) through the product's own code: SearchIndex.Rebuild (the
// rebuild command's and an empty index's path) into a temporary folder, then SearchIndex.Search with the /search page's
// query (relevance, page 1 of 10, highlighted title and snippet) for 20 realistic searches. See bench/README.md ("Search").
var docs = Arg("--docs", 500_000);
var iterations = Arg("--iterations", 50);
var warmup = Arg("--warmup", 5);
var upserts = Arg("--upserts", 100);
var results = ArgText("--results") ?? "bench/results";
var label = ArgText("--label");
var keep = args.Contains("--keep");
var folder = ArgText("--index") ?? Path.Combine(Path.GetTempPath(), $"dundian-search-bench-{Environment.ProcessId}");
if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
    throw new InvalidOperationException($"{folder} is not empty: the bench builds a fresh index");
Directory.CreateDirectory(folder);

var run = new BenchRun { Docs = docs, Iterations = iterations, Warmup = warmup, Label = label, StartedUtc = DateTime.UtcNow,
    Machine = Machine.Describe(), UptimeBefore = Machine.Uptime() };
Console.WriteLine($"{run.UptimeBefore}\n{run.Machine}\nindex folder {folder}");
var self = Process.GetCurrentProcess();

// As the app does at start (SearchSetup.TeachWordsAsync): the places' names become words of the segmenter.
var clock = Stopwatch.StartNew();
JiebaAnalyzer.AddWords(Corpus.PlaceNames);
run.JiebaLoad = clock.Elapsed;

// ArticleIndexer.RebuildAsync materialises every row (ToListAsync) before handing them to Rebuild; so does the bench.
clock.Restart();
var corpus = Corpus.Generate(docs).ToList();
run.Generate = clock.Elapsed;
run.BodyChars = corpus.Sum(d => (long)d.Body.Length);
Console.WriteLine($"generated {docs:N0} documents in {run.Generate.TotalSeconds:0.0} s, mean body {run.BodyChars / (double)docs:0} chars");

using var sampler = new WorkingSetSampler();
var index = new SearchIndex(folder);
var cpu = self.TotalProcessorTime;
clock.Restart();
index.Rebuild(ProgressOf(corpus));
run.Rebuild = clock.Elapsed;
self.Refresh();
run.RebuildCpu = self.TotalProcessorTime - cpu;
run.PeakWorkingSet = Math.Max(sampler.Peak, self.PeakWorkingSet64);
run.IndexBytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
run.IndexFiles = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Count();
if (index.DocumentCount != docs) throw new InvalidOperationException($"index holds {index.DocumentCount:N0} documents, expected {docs:N0}");
Console.WriteLine($"rebuilt in {run.Rebuild.TotalSeconds:0.0} s ({docs / run.Rebuild.TotalSeconds:N0} docs/s), CPU {run.RebuildCpu.TotalSeconds:0.0} s, " +
    $"{run.IndexBytes / 1048576d:0} MB on disk, peak working set {run.PeakWorkingSet / 1048576d:0} MB");

// Expected hit counts for one-word searches, from the text itself: the index must find exactly these documents.
foreach (var q in BenchQueries.All)
{
    var expected = q.Text.Contains(' ') || q.Text.Contains(',') ? (int?)null
        : corpus.Count(d => d.Title.Contains(q.Text, StringComparison.Ordinal) || d.Body.Contains(q.Text, StringComparison.Ordinal));
    run.Queries.Add(new QueryRun(q, expected));
}
corpus = null;
GC.Collect();

// The real path: what /search calls (Pages/Search.cshtml.cs → SearchIndex.Search, 10 a page, relevance first).
SearchResults Real(string text, SearchOrder order = SearchOrder.Relevance, int page = 1) =>
    index.Search(new SearchQuery(text, Order: order, Page: page, PageSize: 10));

foreach (var q in run.Queries)
{
    var first = Real(q.Query.Text);
    q.Total = first.Total;
    q.FirstTitle = first.Hits.FirstOrDefault()?.Title;
    q.Tokens = string.Join(" / ", index.Tokens(q.Query.Text));
    q.Highlighted = first.Hits.Count(h => h.SnippetHtml.Contains("<mark>", StringComparison.Ordinal) || h.TitleHtml.Contains("<mark>", StringComparison.Ordinal));
    q.Shown = first.Hits.Count;
    for (var i = 1; i < warmup; i++) Real(q.Query.Text);
}

// Rounds over all twenty, so a burst of the other engineers' load spreads over every query rather than hitting one.
cpu = self.TotalProcessorTime;
var timed = Stopwatch.StartNew();
for (var round = 0; round < iterations; round++)
    foreach (var q in run.Queries)
    {
        var c = ThreadCpu.NowMs();
        var t = Stopwatch.GetTimestamp();
        Real(q.Query.Text);
        q.Ms.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        q.CpuMs.Add(ThreadCpu.NowMs() - c);
    }
self.Refresh();
run.SearchCpuPerQuery = (self.TotalProcessorTime - cpu).TotalMilliseconds / (iterations * run.Queries.Count);
run.SearchWall = timed.Elapsed;
Console.WriteLine($"searched {iterations} rounds × {run.Queries.Count} queries in {timed.Elapsed.TotalSeconds:0.0} s");

// Variants of the page: newest first, and page 5 (top 50 collected, ten highlighted).
var variantRounds = Math.Max(1, iterations / 2);
foreach (var (name, order, page) in new[] { ("newest first, page 1", SearchOrder.Newest, 1), ("relevance, page 5", SearchOrder.Relevance, 5) })
{
    var ms = new List<double>();
    foreach (var q in run.Queries) Real(q.Query.Text, order, page);
    for (var round = 0; round < variantRounds; round++)
        foreach (var q in run.Queries)
        {
            var t = Stopwatch.GetTimestamp();
            Real(q.Query.Text, order, page);
            ms.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
    run.Variants.Add((name, Percentiles.Of(ms)));
}

// Diagnostic: the same query without loading and highlighting the hits, cut in search mode (as queries were before
// 2026-12-06) and in whole words (the product's query analysis since), then whole words over parallel segments.
foreach (var (queryAnalyzer, wholeWords, parallel, times) in new (Lucene.Net.Analysis.Analyzer, bool, bool, Func<QueryRun, List<double>>)[]
         { (new JiebaAnalyzer(), false, false, q => q.LuceneOnlyMs), (new JiebaAnalyzer(forQueries: true), true, false, q => q.WholeWordMs),
           (new JiebaAnalyzer(forQueries: true), true, true, q => q.ParallelMs) })
{
    using var probe = new LuceneOnlyProbe(folder, queryAnalyzer, parallel);
    run.Segments = probe.Segments;
    foreach (var q in run.Queries)
    {
        var hits = probe.Search(q.Query.Text);
        if (wholeWords && !parallel)
        {
            q.WholeWordTotal = hits;
            q.WholeWordTokens = string.Join(" / ", Words(queryAnalyzer, q.Query.Text));
        }
        else if (!wholeWords && hits != q.Total) Console.WriteLine($"note: probe found {hits} for {q.Query.Text}, the real path {q.Total}");
        for (var i = 1; i < warmup; i++) probe.Search(q.Query.Text);
    }
    for (var round = 0; round < iterations; round++)
        foreach (var q in run.Queries)
        {
            var t = Stopwatch.GetTimestamp();
            probe.Search(q.Query.Text);
            times(q).Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
}

// The live path: one publish (or one row of ConcernIndexer/WritingIndexer.AddAllAsync) = Upsert = commit + reopen.
var upsertMs = new List<double>();
var extra = Corpus.Generate(upserts, seed: 7).ToList();
var upsertClock = Stopwatch.StartNew();
foreach (var d in extra)
{
    var t = Stopwatch.GetTimestamp();
    index.Upsert(d with { Key = "bench-upsert:" + d.Key });
    upsertMs.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
}
run.UpsertTotal = upsertClock.Elapsed;
run.Upsert = Percentiles.Of(upsertMs);
if (index.DocumentCount != docs + upserts) throw new InvalidOperationException("upserted documents missing");

index.Dispose();
if (!keep) Directory.Delete(folder, recursive: true);
run.UptimeAfter = Machine.Uptime();

var report = Report.Markdown(run);
Console.WriteLine(report);
Directory.CreateDirectory(results);
var path = Path.Combine(results, $"{DateTime.UtcNow:yyyy-MM-dd}-search.md");
await File.AppendAllTextAsync(path, report + Environment.NewLine);
Console.WriteLine($"appended to {path}");

IEnumerable<SearchDocument> ProgressOf(List<SearchDocument> all)
{
    var step = Math.Max(1, all.Count / 10);
    var t = Stopwatch.StartNew();
    for (var i = 0; i < all.Count; i++)
    {
        if (i > 0 && i % step == 0) Console.WriteLine($"  {i:N0} added, {i / t.Elapsed.TotalSeconds:N0} docs/s");
        yield return all[i];
    }
}

static List<string> Words(Lucene.Net.Analysis.Analyzer analyzer, string text)
{
    var words = new List<string>();
    using var stream = analyzer.GetTokenStream("body", text);
    var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
    stream.Reset();
    while (stream.IncrementToken()) words.Add(term.ToString());
    stream.End();
    return words;
}

int Arg(string name, int fallback) => ArgText(name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;
string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
