namespace Dundian.Web.Portal;

/// <summary>A line of a live list on a 专题 (a field note, a commitment): text, optional link, a note and a date.</summary>
public sealed record TopicItem(string Title, string? Url, string Note, string Date);
