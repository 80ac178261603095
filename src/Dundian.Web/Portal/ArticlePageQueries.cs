using Dundian.Core.Community;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Community;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Portal;

/// <summary>What the public article page shows besides the text: video, attachments, editor, tags, views.</summary>
public sealed record ArticleExtrasView(Guid? VideoId, string? VideoType, string? EditorName, IReadOnlyList<string> Tags,
    IReadOnlyList<(Guid Id, string Name, long Length)> Attachments, int Views);

/// <summary>Everything on the public article page: the text, its extras, its neighbours and its published comments.</summary>
public sealed record ArticlePage(ArticleView Article, ArticleExtrasView Extras, ArticleNeighboursView Neighbours,
    IReadOnlyList<Comment> Comments);

/// <summary>
/// Loads the article page in as few round trips as its content allows: every page that misses the output cache
/// (the first reader after a publish, every reader when the cache is off) pays for them. One query reads the row with
/// what hangs off it (video type, whether there are attachments or comments); attachments and comments are only
/// queried when there are some; the channels, the channel bar, the most-read list and — until the lists change — the
/// neighbours come from memory (<see cref="ArticleNeighbours"/>, <see cref="MarkedMemo"/>). The frequent queries are
/// compiled once: EF otherwise walks, hashes and compares each query's expression tree on every call (a fifth of the
/// page's CPU in the profile of 2026-12-06, before the queries were cut from ten to one; bench/README.md).
/// </summary>
public sealed class ArticlePageQueries(DundianDbContext db, ArticleViewCounter counter, ArticleNeighbours neighbours,
    CommunityQueries community, PortalQueries portal)
{
    private sealed record Row(int Id, string Title, string? Source, string? Author, DateTime? PublishedAt, string BodyHtml,
        string? EditorName, string? Tags, int ViewCount, Guid? VideoId, string? VideoType, int ChannelId,
        bool HasAttachments, bool HasComments);

    private static readonly CompiledPerModel<Func<DundianDbContext, int, CancellationToken, Task<Row?>>> ReadRow = new(() => EF.CompileAsyncQuery(
        (DundianDbContext db, int id, CancellationToken ct) => db.Articles.AsNoTracking()
            .Where(x => x.Id == id && x.Status == ArticleStatus.Published && x.PublishedAt != null)
            .Select(x => new Row(x.Id, x.Title, x.Source, x.Author, x.PublishedAt, x.BodyHtml, x.EditorName, x.Tags,
                x.ViewCount, x.VideoId,
                db.StoredFiles.Where(f => f.Id == x.VideoId).Select(f => f.ContentType).FirstOrDefault(),
                x.ChannelId,
                x.Attachments.Any(),
                db.Comments.Any(c => c.ArticleId == x.Id && c.Status == PostStatus.Published)))
            .FirstOrDefault()));

    public async Task<ArticlePage?> ForAsync(int id, CancellationToken ct = default)
    {
        // Closed when the request's DbContext is disposed; the layout's queries (if any) run on it too.
        await db.Database.OpenConnectionAsync(ct);
        var a = await ReadRow.For(db)(db, id, ct);
        if (a is null) return null;

        var (channel, parent) = (await portal.ChannelsAsync(ct))[a.ChannelId];
        var article = new ArticleView(a.Id, a.Title, a.Source, a.Author, a.PublishedAt!.Value, a.BodyHtml, channel, parent);
        var files = !a.HasAttachments ? []
            : await db.ArticleAttachments.AsNoTracking().Where(x => x.ArticleId == id).OrderBy(x => x.SortOrder)
                .Select(x => new { x.File!.Id, x.File.FileName, x.File.Length }).ToListAsync(ct);
        var tags = ArticleTags.Parse(a.Tags);
        var extras = new ArticleExtrasView(a.VideoType is null ? null : a.VideoId, a.VideoType, a.EditorName, tags,
            files.Select(f => (f.Id, f.FileName, f.Length)).ToList(), a.ViewCount + counter.Pending(id));
        var around = await neighbours.ForAsync(id, a.ChannelId, article.PublishedAt, tags, ct);
        var comments = a.HasComments ? await community.CommentsAsync(id, ct) : [];
        return new ArticlePage(article, extras, around, comments);
    }
}
