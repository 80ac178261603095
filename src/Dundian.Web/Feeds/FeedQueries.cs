using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Portal;
using Dundian.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Feeds;

/// <summary>What the feeds and the sitemap list: published articles only, newest first.</summary>
public sealed class FeedQueries(DundianDbContext db, IOptions<PortalOptions> site)
{
    public const int FeedSize = 20;
    /// <summary>The sitemap protocol allows 50 000 URLs per file; beyond that a sitemap index is needed.</summary>
    public const int SitemapArticles = 49_000;

    private IQueryable<Article> Public => db.Articles.AsNoTracking()
        .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null);

    public async Task<Feed> SiteAsync(CancellationToken ct) =>
        new(site.Value.SiteName, site.Value.Organisation + "主办", "/", "", await LatestAsync(Public, ct));

    /// <summary>A channel's feed holds its own articles and its sub-channels', as its page does; null if unknown.</summary>
    public async Task<Feed?> ChannelAsync(string slug, CancellationToken ct)
    {
        var channel = await db.Channels.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Slug, c.Name }).FirstOrDefaultAsync(ct);
        if (channel is null) return null;
        var link = new ChannelLink(channel.Id, channel.Slug, channel.Name);
        var items = await LatestAsync(Public.Where(a => a.ChannelId == channel.Id || a.Channel!.ParentId == channel.Id), ct);
        return new Feed($"{channel.Name} - {site.Value.SiteName}", $"{site.Value.SiteName}{channel.Name}栏目", link.Url, link.Url, items);
    }

    public async Task<IReadOnlyList<string>> ChannelPathsAsync(CancellationToken ct) =>
        (await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => c.Slug).ToListAsync(ct))
        .Select(slug => new ChannelLink(0, slug, slug).Url).ToList();

    /// <summary>Sitemap entries: no descriptions are needed, so the bodies are not loaded.</summary>
    public async Task<IReadOnlyList<FeedItem>> SitemapArticlesAsync(CancellationToken ct) =>
        (await Public.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(SitemapArticles)
            .Select(a => new { a.Id, a.Title, a.PublishedAt, a.UpdatedAt }).ToListAsync(ct))
        .Select(a => new FeedItem(a.Id, a.Title, "", Utc(a.PublishedAt!.Value), Utc(a.UpdatedAt))).ToList();

    private static async Task<IReadOnlyList<FeedItem>> LatestAsync(IQueryable<Article> articles, CancellationToken ct) =>
        (await articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(FeedSize)
            .Select(a => new { a.Id, a.Title, a.Summary, a.BodyHtml, a.PublishedAt, a.UpdatedAt }).ToListAsync(ct))
        .Select(a => new FeedItem(a.Id, a.Title, PlainText.Describe(a.Summary, a.BodyHtml),
            Utc(a.PublishedAt!.Value), Utc(a.UpdatedAt))).ToList();

    // SQLite hands back DateTime without a Kind; everything is stored in UTC.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
