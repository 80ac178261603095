using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Portal;

/// <summary>Read-only queries behind the public pages. Only published articles with a publication time are visible.</summary>
public class PortalQueries(DundianDbContext db, MarkedMemo memo)
{
    public const int PageSize = 20;

    private IQueryable<Article> Public => db.Articles.AsNoTracking()
        .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null);

    /// <summary>
    /// 首页 | 头条 | 时讯 | …: the channels flagged for the bar, in their sort order (首页 itself is not a channel).
    /// On every page, so kept in memory (<see cref="MarkedMemo"/>) until a channel save marks <see cref="PortalCache.AllTag"/>.
    /// </summary>
    public Task<IReadOnlyList<ChannelLink>> ChannelBarAsync(CancellationToken ct = default) =>
        memo.GetOrReadAsync<IReadOnlyList<ChannelLink>>("portal:channel-bar", PortalCache.AllTag, async () =>
            await db.Channels.AsNoTracking().Where(c => c.InChannelBar)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
                .Select(c => new ChannelLink(c.Id, c.Slug, c.Name)).ToListAsync(ct));

    /// <summary>
    /// Every channel's link and its parent's, by id: what an article page names above its title, from memory until a
    /// channel save (a few dozen rows; the join it replaces was a quarter of the article query's SQLite prepare).
    /// </summary>
    public Task<IReadOnlyDictionary<int, (ChannelLink Channel, ChannelLink? Parent)>> ChannelsAsync(CancellationToken ct = default) =>
        memo.GetOrReadAsync<IReadOnlyDictionary<int, (ChannelLink, ChannelLink?)>>("portal:channels", PortalCache.AllTag, async () =>
        {
            var rows = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Slug, c.Name, c.ParentId }).ToListAsync(ct);
            var links = rows.ToDictionary(c => c.Id, c => new ChannelLink(c.Id, c.Slug, c.Name));
            return rows.ToDictionary(c => c.Id,
                c => (links[c.Id], c.ParentId is { } parent && links.TryGetValue(parent, out var p) ? p : null));
        });

    /// <summary>Page <paramref name="page"/> of a channel, or null when the channel is unknown or the page out of range.</summary>
    public async Task<ChannelPage?> ChannelAsync(string slug, int page, CancellationToken ct = default)
    {
        var channel = await db.Channels.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Slug, c.Name, c.ListStyle, Parent = c.Parent == null ? null : new { c.Parent.Id, c.Parent.Slug, c.Parent.Name } })
            .FirstOrDefaultAsync(ct);
        if (channel is null || page < 1) return null;
        var link = new ChannelLink(channel.Id, channel.Slug, channel.Name);
        var parentLink = channel.Parent is null ? null : new ChannelLink(channel.Parent.Id, channel.Parent.Slug, channel.Parent.Name);
        if (channel.ListStyle == ChannelListStyle.SinglePage)
        {
            // The channel is one page: its newest public article, shown in place (older versions stay reachable by id).
            if (page != 1) return null;
            var latestId = await InChannel(channel.Id).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            var single = latestId is { } id ? await ArticleAsync(id, ct) : null;
            return new ChannelPage(link, parentLink, [], 1, 1, single is null ? 0 : 1, channel.ListStyle, single);
        }
        var total = await InChannel(channel.Id).CountAsync(ct);
        var totalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > totalPages) return null;
        var articles = channel.ListStyle == ChannelListStyle.PictureList
            ? await LatestWithCoversAsync(channel.Id, (page - 1) * PageSize, PageSize, ct)
            : await LatestAsync(channel.Id, (page - 1) * PageSize, PageSize, ct);
        return new ChannelPage(link, parentLink, articles, page, totalPages, total, channel.ListStyle);
    }

    public async Task<ArticleView?> ArticleAsync(int id, CancellationToken ct = default)
    {
        var a = await Public.Where(x => x.Id == id).Select(x => new
        {
            x.Id, x.Title, x.Source, x.Author, x.PublishedAt, x.BodyHtml,
            Channel = new ChannelLink(x.Channel!.Id, x.Channel.Slug, x.Channel.Name),
            Parent = x.Channel.Parent == null ? null : new { x.Channel.Parent.Id, x.Channel.Parent.Slug, x.Channel.Parent.Name },
        }).FirstOrDefaultAsync(ct);
        if (a is null) return null;
        var parent = a.Parent is null ? null : new ChannelLink(a.Parent.Id, a.Parent.Slug, a.Parent.Name);
        return new ArticleView(a.Id, a.Title, a.Source, a.Author, a.PublishedAt!.Value, a.BodyHtml, a.Channel, parent);
    }

    /// <summary>A channel lists its own articles and those of its sub-channels.</summary>
    private IQueryable<Article> InChannel(int channelId) =>
        Public.Where(a => a.ChannelId == channelId || a.Channel!.ParentId == channelId);

    private async Task<IReadOnlyList<ArticleListItem>> LatestAsync(int channelId, int skip, int take, CancellationToken ct) =>
        await InChannel(channelId).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.PublishedAt!.Value)).ToListAsync(ct);

    // The cover's alt text lives on the stored file; a cover whose file is gone (SetNull on delete) reads as none.
    private async Task<IReadOnlyList<ArticleListItem>> LatestWithCoversAsync(int channelId, int skip, int take, CancellationToken ct) =>
        await InChannel(channelId).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.PublishedAt!.Value, a.CoverImageId,
                db.StoredFiles.Where(f => f.Id == a.CoverImageId).Select(f => f.AltText).FirstOrDefault()))
            .ToListAsync(ct);
}
