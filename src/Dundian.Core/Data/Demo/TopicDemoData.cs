using Dundian.Core.Campaigns;
using Dundian.Core.Content;
using Dundian.Core.Topics;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// The seed campaign's 专题, composed of sections as an editor would: live figures, the latest published field notes,
/// public commitments, 全市动态's latest articles and the seed article picked by hand. No banner: the demo ships no
/// image, and the page has a plain title band instead.
/// </summary>
internal static class TopicDemoData
{
    public const string Slug = "xiangshan-dundian";

    public static async Task LoadAsync(DundianDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var campaign = await db.Campaigns.Where(c => c.Tier == CampaignTier.County).OrderBy(c => c.Id).FirstAsync(ct);
        var cityNews = await db.Channels.FirstAsync(c => c.Slug == PortalDemoContent.CityNewsSlug, ct);
        var seedTitle = SeedPage.Load().Title;
        var seed = await db.Articles.Where(a => a.Title == seedTitle).Select(a => a.Id).FirstAsync(ct);
        var sections = new List<TopicSection>
        {
            new() { Kind = TopicSectionKind.CampaignFigures, Heading = "活动成效(实时统计)", CampaignId = campaign.Id },
            new() { Kind = TopicSectionKind.PickedArticles, Heading = "重点报道", PickedArticleIds = seed.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new() { Kind = TopicSectionKind.FieldNotes, Heading = "蹲点手记", CampaignId = campaign.Id },
            new() { Kind = TopicSectionKind.Commitments, Heading = "公开履职承诺" },
            new() { Kind = TopicSectionKind.ChannelLatest, Heading = "全市动态", ChannelId = cityNews.Id },
        };
        for (var i = 0; i < sections.Count; i++) sections[i].SortOrder = i + 1;
        db.SpecialTopics.Add(new SpecialTopic
        {
            Slug = Slug, Title = "联镇带村谋发展 蹲点联系办实事", OwnerUnitId = campaign.OrgUnitId, IsPublished = true,
            Intro = "象山县县、镇乡(街道)两级领导干部深入联系村蹲点调研,进村入户听民声、解民忧。本专题集中展示活动进展、实时统计数据、蹲点手记和公开履职承诺。",
            CreatedAt = nowUtc, UpdatedAt = nowUtc, Sections = sections,
        });
        await db.SaveChangesAsync(ct);
    }
}
