using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Portal;

/// <summary>What the article page shows around the text: related articles, previous / next in the channel, most read.</summary>
public sealed record ArticleNeighboursView(IReadOnlyList<ArticleListItem> Related, ArticleListItem? Previous,
    ArticleListItem? Next, IReadOnlyList<ArticleListItem> MostRead);

/// <summary>
/// The article page's neighbours in two or three compiled queries (see <see cref="ArticlePageQueries"/>), kept in
/// memory until an article or channel save marks the lists (<see cref="MarkedMemo"/>): they are lists, exactly as
/// fresh as the cached list pages.
/// </summary>
public sealed class ArticleNeighbours(DundianDbContext db, HomeQueries home, MarkedMemo memo)
{
    public const int RelatedCount = 6, MostReadCount = 10;

    // The channel's articles just before and just after this one (in the list's own order, newest first):
    // 上一篇 is the nearest older one, 下一篇 the nearest newer one, and together they are the nearest in time.
    private static readonly CompiledPerModel<Func<DundianDbContext, int, int, DateTime, IAsyncEnumerable<ArticleListItem>>> Older =
        new(() => EF.CompileAsyncQuery((DundianDbContext db, int channelId, int id, DateTime at) => db.Articles.AsNoTracking()
            .Where(x => x.Status == ArticleStatus.Published && x.PublishedAt != null && x.ChannelId == channelId && x.Id != id
                        && (x.PublishedAt < at || (x.PublishedAt == at && x.Id < id)))
            .OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id).Take(RelatedCount)
            .Select(x => new ArticleListItem(x.Id, x.Title, x.PublishedAt!.Value, null, null))));

    private static readonly CompiledPerModel<Func<DundianDbContext, int, int, DateTime, IAsyncEnumerable<ArticleListItem>>> Newer =
        new(() => EF.CompileAsyncQuery((DundianDbContext db, int channelId, int id, DateTime at) => db.Articles.AsNoTracking()
            .Where(x => x.Status == ArticleStatus.Published && x.PublishedAt != null && x.ChannelId == channelId && x.Id != id
                        && (x.PublishedAt > at || (x.PublishedAt == at && x.Id > id)))
            .OrderBy(x => x.PublishedAt).ThenBy(x => x.Id).Take(RelatedCount)
            .Select(x => new ArticleListItem(x.Id, x.Title, x.PublishedAt!.Value, null, null))));

    // The newest articles sharing one of three tags (LIKE patterns) anywhere on the site.
    private static readonly CompiledPerModel<Func<DundianDbContext, int, string, string, string, IAsyncEnumerable<ArticleListItem>>> Tagged =
        new(() => EF.CompileAsyncQuery((DundianDbContext db, int id, string p0, string p1, string p2) => db.Articles.AsNoTracking()
            .Where(x => x.Status == ArticleStatus.Published && x.PublishedAt != null && x.Id != id && x.Tags != null
                        && (EF.Functions.Like(x.Tags, p0) || EF.Functions.Like(x.Tags, p1) || EF.Functions.Like(x.Tags, p2)))
            .OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id).Take(RelatedCount)
            .Select(x => new ArticleListItem(x.Id, x.Title, x.PublishedAt!.Value, null, null))));

    public async Task<ArticleNeighboursView> ForAsync(int id, int channelId, DateTime at, IReadOnlyList<string> tags,
        CancellationToken ct = default)
    {
        var (related, previous, next) = await memo.GetOrReadAsync("portal:neighbours:" + id, PortalCache.ListsTag,
            () => ReadAsync(id, channelId, at, tags, ct));
        return new ArticleNeighboursView(related, previous, next, await home.MostReadAsync(MostReadCount, ct));
    }

    private async Task<(IReadOnlyList<ArticleListItem> Related, ArticleListItem? Previous, ArticleListItem? Next)> ReadAsync(
        int id, int channelId, DateTime at, IReadOnlyList<string> tags, CancellationToken ct)
    {
        var older = await Older.For(db)(db, channelId, id, at).ToListAsync(ct);
        var newer = await Newer.For(db)(db, channelId, id, at).ToListAsync(ct);

        // Related: the newest articles sharing one of the first three tags, then the nearest in the channel.
        // A missing tag repeats the first, which matches nothing more.
        var related = new List<ArticleListItem>();
        if (tags.Count > 0)
        {
            var p = tags.Take(3).Select(t => "%" + t.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%").ToArray();
            related = await Tagged.For(db)(db, id, p[0], p.Length > 1 ? p[1] : p[0], p.Length > 2 ? p[2] : p[0]).ToListAsync(ct);
        }
        if (related.Count < RelatedCount)
            related.AddRange(older.Concat(newer).Where(n => related.All(r => r.Id != n.Id))
                .OrderBy(n => Math.Abs((n.PublishedAt - at).Ticks)).Take(RelatedCount - related.Count));
        return (related, older.FirstOrDefault(), newer.FirstOrDefault());
    }
}
