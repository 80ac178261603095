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

    public async Task<ArticleNeighboursView> ForAsync(int articleId, CancellationToken ct = default)
    {
        var a = await Public.Where(x => x.Id == articleId).Select(x => new { x.Id, x.ChannelId, x.Tags, x.PublishedAt }).FirstAsync(ct);
        var at = a.PublishedAt!.Value;
        var inChannel = Public.Where(x => x.ChannelId == a.ChannelId && x.Id != a.Id);
        // 上一篇 = the next older one in the channel, 下一篇 = the next newer one (the list's own order, newest first).
        var previous = await Item(inChannel.Where(x => x.PublishedAt < at || (x.PublishedAt == at && x.Id < a.Id))
            .OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)).FirstOrDefaultAsync(ct);
        var next = await Item(inChannel.Where(x => x.PublishedAt > at || (x.PublishedAt == at && x.Id > a.Id))
            .OrderBy(x => x.PublishedAt).ThenBy(x => x.Id)).FirstOrDefaultAsync(ct);

        // Related: articles sharing a tag first (anywhere on the site), then the channel's nearest in time.
        var tags = ArticleTags.Parse(a.Tags);
        var related = new List<ArticleListItem>();
        foreach (var tag in tags.Take(3))
        {
            var pattern = "%" + tag.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
            related.AddRange(await Item(Public.Where(x => x.Id != a.Id && x.Tags != null && EF.Functions.Like(x.Tags, pattern))
                .OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)).Take(RelatedCount).ToListAsync(ct));
        }
        related = related.DistinctBy(r => r.Id).OrderByDescending(r => r.PublishedAt).Take(RelatedCount).ToList();
        if (related.Count < RelatedCount)
        {
            var nearest = await Item(inChannel.OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)).Take(RelatedCount * 2).ToListAsync(ct);
            related.AddRange(nearest.Where(n => related.All(r => r.Id != n.Id))
                .OrderBy(n => Math.Abs((n.PublishedAt - at).Ticks)).Take(RelatedCount - related.Count));
        }
        return new ArticleNeighboursView(related, previous, next, await home.MostReadAsync(MostReadCount, ct));
    }

    private static IQueryable<ArticleListItem> Item(IQueryable<Article> q) =>
        q.Select(x => new ArticleListItem(x.Id, x.Title, x.PublishedAt!.Value, null, null));
}
