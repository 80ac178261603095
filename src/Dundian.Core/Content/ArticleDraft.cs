namespace Dundian.Core.Content;

/// <summary>
/// What the article form posts, after uploads are stored: the final cover and video ids, attachments to add and
/// remove. Times are UTC. Body HTML is raw input; <see cref="ArticleDesk"/> sanitises it.
/// </summary>
public sealed record ArticleDraft(
    int ChannelId, string? Title, string? Summary, string? BodyHtml, string? Source, string? Author, string? EditorName,
    string? Tags, DateTime? PublishAtUtc, DateTime? UnpublishAtUtc, Guid? CoverImageId = null, Guid? VideoId = null,
    IReadOnlyList<Guid>? AddAttachments = null, IReadOnlyList<int>? RemoveAttachments = null);
