namespace Dundian.Core.Community;

/// <summary>A reader's comment (评论) under a published article.</summary>
public class Comment : CommunityPost
{
    public const int MinBody = 2, MaxBody = 500;

    public int ArticleId { get; set; }
}
