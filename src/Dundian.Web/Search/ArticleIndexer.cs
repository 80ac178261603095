using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Search;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Search;

/// <summary>
/// Keeps the search index in step with published articles. The Core knows nothing of Lucene, so this glue
/// lives in the web app.
/// HOOK: the article editor and the review workflow (not built yet) must call <see cref="IndexAsync"/> after
/// every save that publishes or changes a public article, and <see cref="Remove"/> (or IndexAsync, which removes
/// articles that are no longer public) after an unpublish or delete. Scheduled publish/unpublish jobs too.
/// </summary>
public sealed class ArticleIndexer(DundianDbContext db, SearchIndex index)
{
    public const string Kind = "article";

    public static string Key(int articleId) => $"{Kind}:{articleId}";

    /// <summary>Indexes the article if it is public, removes it from the index otherwise (or when it is gone).</summary>
    public async Task IndexAsync(int articleId, CancellationToken ct = default)
    {
        var doc = await Documents(db.Articles.Where(a => a.Id == articleId)).FirstOrDefaultAsync(ct);
        if (doc is null) Remove(articleId);
        else index.Upsert(ToDocument(doc));
    }

    public void Remove(int articleId) => index.Delete(Key(articleId));

    /// <summary>Replaces the whole index with every public article; returns how many were indexed.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        var docs = await Documents(db.Articles).ToListAsync(ct);
        index.Rebuild(docs.Select(ToDocument));
        return docs.Count;
    }

    private static IQueryable<Row> Documents(IQueryable<Article> articles) => articles.AsNoTracking()
        .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null)
        .Select(a => new Row(a.Id, a.Title, a.Summary, a.BodyHtml, a.PublishedAt!.Value,
            a.Channel!.Parent == null ? a.Channel.Slug : a.Channel.Parent.Slug, a.Channel.Name));

    // The channel filter offers top-level channels, and a channel lists its sub-channels' articles too
    // (PortalQueries), so the indexed channel is the top-level one while the name shown is the article's own.
    private static SearchDocument ToDocument(Row a) => new(Key(a.Id), Kind, a.Title,
        string.IsNullOrWhiteSpace(a.Summary) ? PlainText.FromHtml(a.BodyHtml) : a.Summary.Trim() + " " + PlainText.FromHtml(a.BodyHtml),
        "/article/" + a.Id, DateTime.SpecifyKind(a.PublishedAt, DateTimeKind.Utc), a.TopChannel, a.ChannelName);

    private sealed record Row(int Id, string Title, string? Summary, string BodyHtml, DateTime PublishedAt,
        string TopChannel, string ChannelName);
}
