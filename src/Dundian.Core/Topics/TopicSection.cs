namespace Dundian.Core.Topics;

/// <summary>One block of a 专题, in <see cref="SortOrder"/>. Which of the optional keys is needed depends on <see cref="Kind"/>.</summary>
public class TopicSection
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public SpecialTopic? Topic { get; set; }
    public int SortOrder { get; set; }
    public TopicSectionKind Kind { get; set; }
    public required string Heading { get; set; }
    /// <summary>ChannelLatest: the channel.</summary>
    public int? ChannelId { get; set; }
    /// <summary>CampaignFigures, FieldNotes: the campaign.</summary>
    public int? CampaignId { get; set; }
    /// <summary>PickedArticles: article ids in display order, comma-separated (a short editor's list, read whole).</summary>
    public string PickedArticleIds { get; set; } = "";
    /// <summary>How many items a list shows.</summary>
    public int ItemCount { get; set; } = 6;

    public IReadOnlyList<int> PickedIds() => PickedArticleIds
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.TryParse(s, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
}
