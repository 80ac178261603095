namespace Dundian.Core.Content;

// Newsroom settings of a channel, kept beside the portal's own fields in Channel.cs.
public partial class Channel
{
    public ChannelListStyle ListStyle { get; set; }

    /// <summary>Days without a new article after which the dashboard warns; null = the site default (14 days).</summary>
    public int? StaleAfterDays { get; set; }

    /// <summary>Review levels allowed per channel: 1 (一审) to 5.</summary>
    public const int MaxReviewLevels = 5;
}
