using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Portal;

/// <summary>What the article page shows around the text: related articles, previous / next in the channel, most read.</summary>
public sealed record ArticleNeighboursView(IReadOnlyList<ArticleListItem> Related, ArticleListItem? Previous,
    ArticleListItem? Next, IReadOnlyList<ArticleListItem> MostRead);

public sealed class ArticleNeighbours(DundianDbContext db, HomeQueries home)
{
    public const int RelatedCount = 6, MostReadCount = 10;

    private IQueryable<Article> Public => db.Articles.AsNoTracking()
        .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null);

    public async Task<ArticleNeighboursView> ForAsync(int id, int channelId, DateTime at, IReadOnlyList<string> tags,
        CancellationToken ct = default)
    {
        var inChannel = Public.Where(x => x.ChannelId == channelId && x.Id != id);
        // The channel's articles just before and just after this one (in the list's own order, newest first):
        // 上一篇 is the nearest older one, 下一篇 the nearest newer one, and together they are the nearest in time.
        var older = await Item(inChannel.Where(x => x.PublishedAt < at || (x.PublishedAt == at && x.Id < id))
            .OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)).Take(RelatedCount).ToListAsync(ct);
        var newer = await Item(inChannel.Where(x => x.PublishedAt > at || (x.PublishedAt == at && x.Id > id))
            .OrderBy(x => x.PublishedAt).ThenBy(x => x.Id)).Take(RelatedCount).ToListAsync(ct);

        // Related: the newest articles sharing one of the first three tags (anywhere on the site), then the nearest
        // in the channel. One query: a missing tag repeats the first, which matches nothing more.
        var related = new List<ArticleListItem>();
        if (tags.Count > 0)
        {
            var p = tags.Take(3).Select(t => "%" + t.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%").ToArray();
            string p0 = p[0], p1 = p.Length > 1 ? p[1] : p0, p2 = p.Length > 2 ? p[2] : p0;
            related = await Item(Public.Where(x => x.Id != id && x.Tags != null
                    && (EF.Functions.Like(x.Tags, p0) || EF.Functions.Like(x.Tags, p1) || EF.Functions.Like(x.Tags, p2)))
                .OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)).Take(RelatedCount).ToListAsync(ct);
        }
        if (related.Count < RelatedCount)
            related.AddRange(older.Concat(newer).Where(n => related.All(r => r.Id != n.Id))
                .OrderBy(n => Math.Abs((n.PublishedAt - at).Ticks)).Take(RelatedCount - related.Count));
        return new ArticleNeighboursView(related, older.FirstOrDefault(), newer.FirstOrDefault(),
            await home.MostReadAsync(MostReadCount, ct));
    }

    private static IQueryable<ArticleListItem> Item(IQueryable<Article> q) =>
        q.Select(x => new ArticleListItem(x.Id, x.Title, x.PublishedAt!.Value, null, null));
}
