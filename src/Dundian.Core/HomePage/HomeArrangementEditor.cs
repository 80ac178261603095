using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.HomePage;

/// <summary>
/// Saves the editor's home-page arrangement and friend links, whole lists at a time: everything is checked first, then
/// the old rows are replaced in one save, so a refused list changes nothing. Row changes are audited by the DbContext
/// and evict the cached home page (PortalCacheInvalidator).
/// </summary>
public sealed class HomeArrangementEditor(DundianDbContext db)
{
    public sealed record SectionInput(HomeSectionKind Kind, int? ChannelId, int ItemCount);
    public sealed record LinkInput(string Name, string Url);

    public async Task SaveSectionsAsync(IReadOnlyList<SectionInput> sections, CancellationToken ct = default)
    {
        if (sections.Count == 0) throw new ValidationException("sections", "首页至少要保留一个板块;要恢复默认布局请点“恢复默认”。");
        var channels = await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.ListStyle }).ToDictionaryAsync(c => c.Id, ct);
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            var row = $"第 {i + 1} 行";
            if (!Enum.IsDefined(s.Kind)) throw new ValidationException("sections", $"{row}:板块类型不正确。");
            if (s.ItemCount is < HomeSection.MinItems or > HomeSection.MaxItems)
                throw new ValidationException("sections", $"{row}:条数须在 {HomeSection.MinItems} 到 {HomeSection.MaxItems} 之间。");
            if (s.ChannelId is { } id && !channels.ContainsKey(id)) throw new ValidationException("sections", $"{row}:栏目不存在。");
            if (s.Kind == HomeSectionKind.Channel)
            {
                if (s.ChannelId is not { } cid) throw new ValidationException("sections", $"{row}:栏目板块须选择栏目。");
                if (channels[cid].ListStyle == ChannelListStyle.SinglePage)
                    throw new ValidationException("sections", $"{row}:“{channels[cid].Name}”是单页栏目,没有文章列表,不能放到首页。");
            }
        }
        var duplicate = sections.Where(s => s.Kind == HomeSectionKind.Channel).GroupBy(s => s.ChannelId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ValidationException("sections", $"栏目“{channels[duplicate.Key!.Value].Name}”在首页出现了两次。");

        db.HomeSections.RemoveRange(await db.HomeSections.ToListAsync(ct));
        db.HomeSections.AddRange(sections.Select((s, i) => new HomeSection
        {
            Kind = s.Kind, ChannelId = s.ChannelId, ItemCount = s.ItemCount, SortOrder = i + 1,
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Back to the built-in arrangement (no rows).</summary>
    public async Task ResetSectionsAsync(CancellationToken ct = default)
    {
        db.HomeSections.RemoveRange(await db.HomeSections.ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    public async Task SaveLinksAsync(IReadOnlyList<LinkInput> links, CancellationToken ct = default)
    {
        for (var i = 0; i < links.Count; i++)
        {
            var (name, url) = (links[i].Name.Trim(), links[i].Url.Trim());
            var row = $"第 {i + 1} 条链接";
            if (name.Length is 0 or > FriendLink.MaxName) throw new ValidationException("links", $"{row}:名称须为 1 到 {FriendLink.MaxName} 个字。");
            if (url.Length > FriendLink.MaxUrl || !FriendLink.IsAcceptableUrl(url))
                throw new ValidationException("links", $"{row}:地址须以 http:// 、https:// 或 / 开头。");
        }
        db.FriendLinks.RemoveRange(await db.FriendLinks.ToListAsync(ct));
        db.FriendLinks.AddRange(links.Select((l, i) => new FriendLink { Name = l.Name.Trim(), Url = l.Url.Trim(), SortOrder = i + 1 }));
        await db.SaveChangesAsync(ct);
    }
}
