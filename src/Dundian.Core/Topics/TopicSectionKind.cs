namespace Dundian.Core.Topics;

/// <summary>What a section of a 专题 shows.</summary>
public enum TopicSectionKind
{
    /// <summary>The latest published articles of a channel (and its sub-channels).</summary>
    ChannelLatest = 1,
    /// <summary>Articles chosen by the editor, in the editor's order.</summary>
    PickedArticles = 2,
    /// <summary>Live: a campaign's figures from the statistics service (据统计).</summary>
    CampaignFigures = 3,
    /// <summary>Live: the campaign's latest published field notes (蹲点手记).</summary>
    FieldNotes = 4,
    /// <summary>Live: public commitments (公开承诺) with their status.</summary>
    Commitments = 5,
}
