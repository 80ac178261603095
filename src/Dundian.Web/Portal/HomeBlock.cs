namespace Dundian.Web.Portal;

/// <summary>A channel's block on the home page with its latest articles.</summary>
public sealed record HomeBlock(ChannelLink Channel, IReadOnlyList<ArticleListItem> Articles);
