using Dundian.Core.Statistics;
using Dundian.Core.Topics;

namespace Dundian.Web.Portal;

/// <summary>One rendered section of a 专题: what it shows, already read from the database and the statistics service.</summary>
public sealed record TopicBlock(int SectionId, TopicSectionKind Kind, string Heading)
{
    public IReadOnlyList<ArticleListItem> Articles { get; init; } = [];
    public string? MoreUrl { get; init; }
    public int? CampaignId { get; init; }
    public IReadOnlyList<IndicatorValue> Figures { get; init; } = [];
    public string? FiguresParagraph { get; init; }
    public IReadOnlyList<TopicItem> Items { get; init; } = [];
}
