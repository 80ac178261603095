namespace Dundian.Core.Community;

/// <summary>Where a comment or message stands in moderation. Only <see cref="Published"/> is shown to the public.</summary>
public enum PostStatus
{
    Pending = 1,
    Published = 2,
    Rejected = 3,
}
