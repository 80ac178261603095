namespace Dundian.Web.Infrastructure;

public static class RateLimits
{
    /// <summary>Forms anyone may post: sign-in, and later concerns, comments and messages.</summary>
    public const string PublicForm = "public-form";
}
