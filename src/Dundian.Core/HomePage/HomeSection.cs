using Dundian.Core.Content;

namespace Dundian.Core.HomePage;

/// <summary>
/// One block of the home page as the editor arranged it: which block, where (sort order) and how many items.
/// No rows means the built-in arrangement (<see cref="HomeArrangement.Default"/>).
/// </summary>
public class HomeSection
{
    public const int MinItems = 1, MaxItems = 20;

    public int Id { get; set; }
    public HomeSectionKind Kind { get; set; }
    /// <summary>The channel of a <see cref="HomeSectionKind.Channel"/> block, or the source of 头条 / 焦点图 (null = site-wide).</summary>
    public int? ChannelId { get; set; }
    public Channel? Channel { get; set; }
    public int ItemCount { get; set; }
    public int SortOrder { get; set; }
}
