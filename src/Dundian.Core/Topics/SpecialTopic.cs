using Dundian.Core.Org;
using Dundian.Core.Uploads;

namespace Dundian.Core.Topics;

/// <summary>
/// 专题: a public page composed of ordered sections (a channel's latest articles, hand-picked articles, live
/// widgets) under its own banner. Owned by an org unit: its editors compose it.
/// </summary>
public class SpecialTopic
{
    public int Id { get; set; }
    /// <summary>URL segment: /topics/{slug}. Lower-case ASCII letters, digits and hyphens.</summary>
    public required string Slug { get; set; }
    public required string Title { get; set; }
    /// <summary>Plain text shown under the banner.</summary>
    public string Intro { get; set; } = "";
    public Guid? BannerFileId { get; set; }
    public StoredFile? BannerFile { get; set; }
    /// <summary>Alt text of the banner, required whenever there is a banner (accessibility).</summary>
    public string? BannerAlt { get; set; }
    public int OwnerUnitId { get; set; }
    public OrgUnit? OwnerUnit { get; set; }
    /// <summary>Only published topics are listed in 专题 and reachable by the public.</summary>
    public bool IsPublished { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<TopicSection> Sections { get; set; } = [];
}
