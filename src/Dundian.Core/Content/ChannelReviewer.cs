namespace Dundian.Core.Content;

/// <summary>A staff account allowed to review a channel's articles at one level.</summary>
public class ChannelReviewer
{
    public int Id { get; set; }
    public int ChannelId { get; set; }
    public int Level { get; set; }
    public required string UserId { get; set; }
}
