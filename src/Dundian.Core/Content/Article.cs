namespace Dundian.Core.Content;

/// <summary>A portal article. <see cref="BodyHtml"/> is always sanitised before it is stored.</summary>
public partial class Article
{
    public int Id { get; set; }
    public int ChannelId { get; set; }
    public Channel? Channel { get; set; }
    public required string Title { get; set; }
    public string? Source { get; set; }
    public string? Author { get; set; }
    public string? Summary { get; set; }
    public string BodyHtml { get; set; } = "";
    public ArticleStatus Status { get; set; }
    /// <summary>UTC; shown in China Standard Time (时间:2007/5/8).</summary>
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int ViewCount { get; set; }

    public bool IsPublic => Status == ArticleStatus.Published && PublishedAt is not null;
}
