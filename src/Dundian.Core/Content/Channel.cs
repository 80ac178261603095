namespace Dundian.Core.Content;

/// <summary>A portal column (栏目). Top channels form the channel bar; sub-channels such as 全市动态 hang below.</summary>
public partial class Channel
{
    public int Id { get; set; }
    /// <summary>URL segment: /channel/{slug}. Lower-case ASCII, stable once published.</summary>
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Channel? Parent { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Shown in the channel bar 首页 | 头条 | 时讯 | 公告 | 任免 | 专题.</summary>
    public bool InChannelBar { get; set; }
    /// <summary>How many review levels an article of this channel passes (default 三审).</summary>
    public int ReviewLevels { get; set; } = 3;
}
