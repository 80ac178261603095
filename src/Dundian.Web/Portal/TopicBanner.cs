namespace Dundian.Web.Portal;

/// <summary>A 专题 in the banner strip: its banner picture (with alt text) or a plain title band.</summary>
public sealed record TopicBanner(string Title, string Url, Guid? BannerId, string? BannerAlt)
{
    public string? BannerUrl => BannerId is { } id ? "/files/" + id : null;
}
