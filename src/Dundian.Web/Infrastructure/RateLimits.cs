namespace Dundian.Web.Infrastructure;

public static class RateLimits
{
    /// <summary>Forms anyone may post: sign-in, and later concerns, comments and messages.</summary>
    public const string PublicForm = "public-form";

    /// <summary>The article page's view beacon: generous for a reader, but one client cannot run a counter up quickly.</summary>
    public const string ArticleView = "article-view";
}
