namespace Dundian.Web.Newsroom;

/// <summary>The answer of the view beacon: the article's views including this one (stored + not yet flushed).</summary>
public sealed record ArticleViewCount(int Views);
