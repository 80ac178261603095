using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Content;

/// <summary>A channel whose newest public article is older than its limit (or that has none).</summary>
public sealed record StaleChannel(int ChannelId, string Name, DateTime? LastPublishedAt, int LimitDays, int? DaysSince);

/// <summary>
/// Freshness warnings for the newsroom dashboard. Government-website inspections fail a home-page column not
/// updated for two weeks, hence the default of 14 days; each channel may set its own limit.
/// </summary>
public sealed class ChannelFreshness(DundianDbContext db, TimeProvider clock)
{
    public const int DefaultLimitDays = 14;

    public async Task<IReadOnlyList<StaleChannel>> StaleAsync(int defaultLimitDays = DefaultLimitDays, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Where(c => c.ListStyle != ChannelListStyle.SinglePage).ToListAsync(ct);
        // A channel counts its sub-channels' articles too, as the portal lists them together.
        var latest = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null)
            .GroupBy(a => a.ChannelId).Select(g => new { ChannelId = g.Key, Last = g.Max(a => a.PublishedAt) }).ToListAsync(ct);
        var stale = new List<StaleChannel>();
        foreach (var c in channels)
        {
            var last = latest.Where(l => l.ChannelId == c.Id || channels.Any(s => s.Id == l.ChannelId && s.ParentId == c.Id))
                .Max(l => l.Last);
            var limit = c.StaleAfterDays ?? defaultLimitDays;
            int? days = last is null ? null : (int)(now - last.Value).TotalDays;
            if (days is null || days > limit) stale.Add(new StaleChannel(c.Id, c.Name, last, limit, days));
        }
        return stale;
    }
}
