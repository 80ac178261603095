using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Web.Campaigns;
using Dundian.Core.HomePage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Dundian.Web.Portal;

/// <summary>Fills the home page's blocks in the editor's arrangement (<see cref="HomeArrangement"/>).</summary>
public sealed class HomeQueries(DundianDbContext db, HomeArrangement arrangement, CampaignHeadlines headlines, IMemoryCache memo)
{
    /// <summary>
    /// The most-read list is the dearest part of a page that misses the output cache; it may be this many seconds old
    /// (view counts are approximate anyway), which keeps an uncached home or article page cheap. The campaign figures
    /// are never memoised: they must be exact after every write.
    /// </summary>
    public static readonly TimeSpan MemoLifetime = TimeSpan.FromSeconds(30);

    private IQueryable<Article> Public => db.Articles.AsNoTracking()
        .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null);

    public async Task<IReadOnlyList<HomeBlock>> BlocksAsync(CancellationToken ct = default)
    {
        var sections = await arrangement.CurrentAsync(ct);
        var channels = await db.Channels.AsNoTracking()
            .Select(c => new { c.Id, c.Slug, c.Name, c.ListStyle }).ToDictionaryAsync(c => c.Id, ct);
        var blocks = new List<HomeBlock>(sections.Count);
        foreach (var s in sections)
        {
            var channel = s.ChannelId is { } cid && channels.TryGetValue(cid, out var c) ? c : null;
            var link = channel is null ? null : new ChannelLink(channel.Id, channel.Slug, channel.Name);
            var block = new HomeBlock(s.Kind, s.ItemCount) { Channel = link, Style = channel?.ListStyle ?? ChannelListStyle.TextList };
            blocks.Add(s.Kind switch
            {
                HomeSectionKind.Headline => await HeadlineAsync(block, ct),
                HomeSectionKind.Focus => block with { Articles = await WithCoversAsync(Public.Where(a => a.CoverImageId != null), s.ChannelId, s.ItemCount, ct) },
                HomeSectionKind.Channel when channel is null => null,
                HomeSectionKind.Channel => block with
                {
                    Articles = channel.ListStyle == ChannelListStyle.PictureList
                        ? await WithCoversAsync(Public, channel.Id, s.ItemCount, ct)
                        : await LatestAsync(InChannel(channel.Id), s.ItemCount, ct),
                },
                HomeSectionKind.Topics => block with { Topics = await TopicsAsync(s.ItemCount, ct), Campaign = await CampaignAsync(ct) },
                HomeSectionKind.Services => block with { Campaign = await CampaignAsync(ct) },
                HomeSectionKind.Ranking => block with { Articles = await MostReadAsync(s.ItemCount, ct) },
                HomeSectionKind.Links => block with { Links = await db.FriendLinks.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Id).Take(s.ItemCount).ToListAsync(ct) },
                _ => null,
            } ?? block);
        }
        return blocks;
    }

    /// <summary>点击排行: the most read public articles (stored counts; the last seconds' views are added on flush).</summary>
    public async Task<IReadOnlyList<ArticleListItem>> MostReadAsync(int take, CancellationToken ct = default) =>
        (await memo.GetOrCreateAsync("portal:most-read:" + take, e =>
        {
            e.AbsoluteExpirationRelativeToNow = MemoLifetime;
            return MostReadFromDatabaseAsync(take, ct);
        }))!;

    private async Task<IReadOnlyList<ArticleListItem>> MostReadFromDatabaseAsync(int take, CancellationToken ct) =>
        await Public.OrderByDescending(a => a.ViewCount).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.PublishedAt!.Value, null, null)).ToListAsync(ct);

    private IQueryable<Article> InChannel(int channelId) =>
        Public.Where(a => a.ChannelId == channelId || a.Channel!.ParentId == channelId);

    private async Task<HomeBlock> HeadlineAsync(HomeBlock block, CancellationToken ct)
    {
        var source = block.Channel is { } ch ? InChannel(ch.Id) : Public;
        var items = await LatestAsync(source, block.ItemCount, ct);
        if (items.Count == 0) return block;
        var lead = await db.Articles.AsNoTracking().Where(a => a.Id == items[0].Id).Select(a => new { a.Summary, a.BodyHtml }).FirstAsync(ct);
        var summary = string.IsNullOrWhiteSpace(lead.Summary) ? Search.PlainText.Excerpt(lead.BodyHtml, 90) : lead.Summary;
        return block with { Articles = items, Summary = summary };
    }

    private static async Task<IReadOnlyList<ArticleListItem>> LatestAsync(IQueryable<Article> source, int take, CancellationToken ct) =>
        await source.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.PublishedAt!.Value, null, null)).ToListAsync(ct);

    private async Task<IReadOnlyList<ArticleListItem>> WithCoversAsync(IQueryable<Article> source, int? channelId, int take, CancellationToken ct)
    {
        if (channelId is { } id) source = source.Where(a => a.ChannelId == id || a.Channel!.ParentId == id);
        return await source.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.PublishedAt!.Value, a.CoverImageId,
                db.StoredFiles.Where(f => f.Id == a.CoverImageId).Select(f => f.AltText).FirstOrDefault()))
            .ToListAsync(ct);
    }

    private async Task<IReadOnlyList<TopicBanner>> TopicsAsync(int take, CancellationToken ct) =>
        await db.SpecialTopics.AsNoTracking().Where(t => t.IsPublished).OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id).Take(take)
            .Select(t => new TopicBanner(t.Title, "/topics/" + t.Slug, t.BannerFileId, t.BannerAlt)).ToListAsync(ct);

    /// <summary>
    /// The running campaign's headline figures from <see cref="CampaignHeadlines"/>, which also tags the cached home page
    /// with the campaign, so a write behind a figure evicts it like the campaign page.
    /// </summary>
    private Task<CampaignHeadline?> CampaignAsync(CancellationToken ct) => headlines.RunningAsync(ct);
}
