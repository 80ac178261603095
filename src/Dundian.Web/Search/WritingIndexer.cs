using Dundian.Core.FieldWork;
using Dundian.Search;

namespace Dundian.Web.Search;

/// <summary>
/// Keeps published field notes and research reports in the search index, beside the articles: indexed on publish,
/// removed on unpublish, added back by the rebuild. Text comes from <see cref="PublishedWritings"/>, so the index
/// holds the same masked text the public page shows (a resident's phone number is not searchable either).
/// Filed under the 专题 channel, where the campaign topic lists them.
/// </summary>
public sealed class WritingIndexer(PublishedWritings writings, SearchIndex index)
{
    public const string Channel = "topics";

    public static string Key(WritingKind kind, int id) => $"{KindOf(kind)}:{id}";

    public static string KindOf(WritingKind kind) => kind == WritingKind.FieldNote ? "field-note" : "research-report";

    /// <summary>Indexes the writing if it is published, removes it from the index otherwise.</summary>
    public async Task IndexAsync(WritingKind kind, int id, CancellationToken ct = default)
    {
        var writing = await writings.FindAsync(kind, id, ct);
        if (writing is null) index.Delete(Key(kind, id));
        else index.Upsert(ToDocument(writing));
    }

    /// <summary>Adds every published writing (after the articles' rebuild has emptied the index); returns the count.</summary>
    public async Task<int> AddAllAsync(CancellationToken ct = default)
    {
        var all = await writings.AllAsync(ct);
        index.UpsertAll(all.Select(ToDocument));
        return all.Count;
    }

    private static SearchDocument ToDocument(PublishedWriting w) => new(Key(w.Kind, w.Id), KindOf(w.Kind), w.Title,
        $"{w.AuthorName} {w.AuthorUnit} {w.AuthorTitle} {w.Village} {w.TopicTitle} {PlainText.FromHtml(w.BodyHtml)}".Trim(),
        w.Url, DateTime.SpecifyKind(w.PublishedAtUtc, DateTimeKind.Utc), Channel, WritingKinds.Name(w.Kind));
}
