namespace Dundian.Web.Portal;

/// <summary>A published 专题 as its public page shows it.</summary>
public sealed record TopicView(int Id, string Slug, string Title, string Intro, Guid? BannerFileId, string? BannerAlt,
    IReadOnlyList<TopicBlock> Blocks)
{
    public string Url => "/topics/" + Slug;
}
