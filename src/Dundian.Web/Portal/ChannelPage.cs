using Dundian.Core.Content;

namespace Dundian.Web.Portal;

/// <summary>
/// One page of a channel's article list; <see cref="Page"/> is 1-based and within 1..TotalPages. A single-page channel
/// (关于我们) carries its latest public article in <see cref="SinglePage"/> (null while it has none) and no list.
/// </summary>
public sealed record ChannelPage(ChannelLink Channel, ChannelLink? Parent, IReadOnlyList<ArticleListItem> Articles,
    int Page, int TotalPages, int Total, ChannelListStyle Style = ChannelListStyle.TextList, ArticleView? SinglePage = null);
