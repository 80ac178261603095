using Dundian.Core.Commitments;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Dundian.Core.Topics;
using Dundian.Web.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Portal;

/// <summary>
/// Reads a 专题 and fills each section: articles (published only), the campaign's figures from the same statistics
/// service and paragraph as the campaign's own page (totals only), published field notes, public commitments.
/// </summary>
public class TopicQueries(DundianDbContext db, StatisticsService statistics)
{
    /// <summary>Published topics for the 专题 channel, newest first.</summary>
    public async Task<IReadOnlyList<(string Slug, string Title)>> PublishedAsync(CancellationToken ct = default) =>
        (await db.SpecialTopics.AsNoTracking().Where(t => t.IsPublished).OrderByDescending(t => t.CreatedAt)
            .Select(t => new { t.Slug, t.Title }).ToListAsync(ct)).Select(t => (t.Slug, t.Title)).ToList();

    /// <summary>The topic when it exists and (unless <paramref name="preview"/>) is published; otherwise null.</summary>
    public async Task<TopicView?> TopicAsync(string slug, bool preview = false, CancellationToken ct = default)
    {
        var topic = await db.SpecialTopics.AsNoTracking().Include(t => t.Sections)
            .FirstOrDefaultAsync(t => t.Slug == slug && (preview || t.IsPublished), ct);
        if (topic is null) return null;
        var blocks = new List<TopicBlock>();
        foreach (var s in topic.Sections.OrderBy(s => s.SortOrder))
            blocks.Add(await BlockAsync(s, ct));
        return new TopicView(topic.Id, topic.Slug, topic.Title, topic.Intro, topic.BannerFileId, topic.BannerAlt, blocks);
    }

    private IQueryable<Article> Public => db.Articles.AsNoTracking()
        .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null);

    private async Task<TopicBlock> BlockAsync(TopicSection s, CancellationToken ct)
    {
        var block = new TopicBlock(s.Id, s.Kind, s.Heading);
        switch (s.Kind)
        {
            case TopicSectionKind.ChannelLatest:
                var slug = await db.Channels.Where(c => c.Id == s.ChannelId).Select(c => c.Slug).FirstOrDefaultAsync(ct);
                return block with
                {
                    MoreUrl = slug is null ? null : "/channel/" + slug,
                    Articles = await Public.Where(a => a.ChannelId == s.ChannelId || a.Channel!.ParentId == s.ChannelId)
                        .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(s.ItemCount)
                        .Select(a => new ArticleListItem(a.Id, a.Title, a.PublishedAt!.Value)).ToListAsync(ct),
                };
            case TopicSectionKind.PickedArticles:
                var ids = s.PickedIds();
                var found = await Public.Where(a => ids.Contains(a.Id))
                    .Select(a => new ArticleListItem(a.Id, a.Title, a.PublishedAt!.Value)).ToListAsync(ct);
                // The editor's order; an article unpublished since it was picked simply drops out.
                return block with { Articles = ids.Select(id => found.FirstOrDefault(a => a.Id == id)).OfType<ArticleListItem>().ToList() };
            case TopicSectionKind.CampaignFigures when s.CampaignId is { } campaignId:
                var values = await statistics.ComputeAsync(new IndicatorFilter { CampaignId = campaignId }, ct);
                return block with { CampaignId = campaignId, Figures = values, FiguresParagraph = StatisticsParagraph.Compose(values) };
            case TopicSectionKind.FieldNotes when s.CampaignId is { } notesCampaign:
                var notes = await db.FieldNotes.AsNoTracking()
                    .Where(n => n.CampaignId == notesCampaign && n.Status == WritingStatus.Published && n.PublishedAt != null)
                    .OrderByDescending(n => n.PublishedAt).Take(s.ItemCount)
                    .Select(n => new { n.Id, n.Title, Author = n.Author!.Name, Village = n.Village!.Name, n.PublishedAt }).ToListAsync(ct);
                // Leaders write as public officials, so their names are shown.
                return block with
                {
                    CampaignId = notesCampaign,
                    Items = notes.Select(n => new TopicItem(n.Title, "/topics/field-notes/" + n.Id, $"{n.Author} · {n.Village}", DateOnly.FromDateTime(ChinaTime.ToLocal(n.PublishedAt!.Value)))).ToList(),
                };
            case TopicSectionKind.Commitments:
                var commitments = await db.PublicCommitments.AsNoTracking()
                    .OrderByDescending(c => c.MadeOn).ThenByDescending(c => c.Id).Take(s.ItemCount)
                    .Select(c => new { c.Id, c.Title, c.MadeBy, c.Status, c.Deadline }).ToListAsync(ct);
                return block with
                {
                    MoreUrl = "/commitments",
                    Items = commitments.Select(c => new TopicItem(c.Title, "/commitments/" + c.Id,
                        $"{c.MadeBy} · {CommitmentStatusNames.Of(c.Status)}", c.Deadline, "期限 ")).ToList(),
                };
            default:
                return block;
        }
    }
}
