namespace Dundian.Web.Portal;

/// <summary>One page of a channel's article list; <see cref="Page"/> is 1-based and within 1..TotalPages.</summary>
public sealed record ChannelPage(ChannelLink Channel, ChannelLink? Parent, IReadOnlyList<ArticleListItem> Articles,
    int Page, int TotalPages, int Total);
