namespace Dundian.Search;

/// <summary>
/// What the index holds of one published item (article, field note, report, resolved concern) — public
/// fields only. <see cref="Key"/> is "kind:id", e.g. "article:12".
/// </summary>
public sealed record SearchDocument(
    string Key, string Kind, string Title, string Body, string Url, DateTime PublishedAtUtc,
    string? Channel = null, string? ChannelName = null);
