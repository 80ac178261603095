namespace Dundian.Core.Community;

/// <summary>Chinese display names of <see cref="PostStatus"/>.</summary>
public static class PostStatusNames
{
    public static string Of(PostStatus status) => status switch
    {
        PostStatus.Pending => "待审核",
        PostStatus.Published => "已公开",
        PostStatus.Rejected => "未通过",
        _ => status.ToString(),
    };
}
