using Dundian.Core.Content;
using Dundian.Core.HomePage;

namespace Dundian.Web.Portal;

/// <summary>
/// One block of the home page, ready to draw: what the editor placed (<see cref="Kind"/>, count) and its content.
/// Only the fields of its kind are filled.
/// </summary>
public sealed record HomeBlock(HomeSectionKind Kind, int ItemCount)
{
    public ChannelLink? Channel { get; init; }
    public ChannelListStyle Style { get; init; }
    public IReadOnlyList<ArticleListItem> Articles { get; init; } = [];
    /// <summary>头条: the lead article's summary (its own, or the start of its text).</summary>
    public string? Summary { get; init; }
    public IReadOnlyList<TopicBanner> Topics { get; init; } = [];
    public Dundian.Web.Campaigns.CampaignHeadline? Campaign { get; init; }
    public IReadOnlyList<FriendLink> Links { get; init; } = [];
    public string Id => Channel is null ? "home-" + Kind.ToString().ToLowerInvariant() : "home-" + Channel.Slug;
}
