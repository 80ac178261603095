using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.HomePage;

/// <summary>The home page's blocks in order: the editor's rows, or the built-in arrangement while there are none.</summary>
public sealed class HomeArrangement(DundianDbContext db)
{
    /// <summary>Items of a channel block unless the editor says otherwise (two columns of a desktop front page).</summary>
    public const int DefaultChannelItems = 7, DefaultPictureItems = 6;

    public async Task<IReadOnlyList<HomeSection>> CurrentAsync(CancellationToken ct = default)
    {
        var rows = await db.HomeSections.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(ct);
        if (rows.Count > 0) return rows;
        var channels = await db.Channels.AsNoTracking().Where(c => c.ParentId == null && c.ListStyle != ChannelListStyle.SinglePage)
            .OrderBy(c => c.InChannelBar).ThenBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new { c.Id, c.Slug, c.ListStyle }).ToListAsync(ct);
        var headlines = channels.FirstOrDefault(c => c.Slug == "headlines")?.Id;
        return Default(headlines, channels.Where(c => c.Id != headlines && c.Slug != "topics")
            .Select(c => (c.Id, c.ListStyle == ChannelListStyle.PictureList)).ToList());
    }

    /// <summary>
    /// A provincial 党建网's front page from top to bottom: 头条, 焦点图 beside the news, channel columns, 专题 banners,
    /// services, most read, links.
    /// </summary>
    public static IReadOnlyList<HomeSection> Default(int? headlinesChannelId, IReadOnlyList<(int Id, bool Pictures)> channelIds)
    {
        var list = new List<HomeSection>
        {
            new() { Kind = HomeSectionKind.Headline, ChannelId = headlinesChannelId, ItemCount = 3 },
            new() { Kind = HomeSectionKind.Focus, ItemCount = 5 },
        };
        // The side column (便民服务 after the first column, 点击排行 after the third) sits beside the news columns.
        // A picture block fills rows of three cards.
        var channels = channelIds.Select(c => new HomeSection
        {
            Kind = HomeSectionKind.Channel, ChannelId = c.Id, ItemCount = c.Pictures ? DefaultPictureItems : DefaultChannelItems,
        }).ToList();
        list.AddRange(channels.Take(1));
        list.Add(new() { Kind = HomeSectionKind.Services, ItemCount = 6 });
        list.AddRange(channels.Skip(1).Take(2));
        list.Add(new() { Kind = HomeSectionKind.Ranking, ItemCount = 10 });
        list.AddRange(channels.Skip(3));
        list.Add(new() { Kind = HomeSectionKind.Topics, ItemCount = 4 });
        list.Add(new() { Kind = HomeSectionKind.Links, ItemCount = 20 });
        for (var i = 0; i < list.Count; i++) list[i].SortOrder = i + 1;
        return list;
    }
}
