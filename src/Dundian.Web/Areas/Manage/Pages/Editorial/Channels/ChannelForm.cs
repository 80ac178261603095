namespace Dundian.Web.Areas.Manage.Pages.Channels;

/// <summary>The channel form. Reviewers come as "level:userId" values of the per-level checkboxes.</summary>
public sealed class ChannelForm
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public int? ParentId { get; set; }
    public int SortOrder { get; set; }
    public bool InChannelBar { get; set; }
    public Dundian.Core.Content.ChannelListStyle ListStyle { get; set; }
    public int ReviewLevels { get; set; } = 3;
    public int? StaleAfterDays { get; set; }
    public List<string> Reviewers { get; set; } = [];

    /// <summary>(level, userId) pairs; malformed values are dropped.</summary>
    public IEnumerable<(int Level, string UserId)> ReviewerPairs() =>
        Reviewers.Select(v => v.Split(':', 2)).Where(p => p.Length == 2 && int.TryParse(p[0], out _))
            .Select(p => (int.Parse(p[0]), p[1])).Distinct();
}
