namespace Dundian.Web.Portal;

/// <summary>Names shared by the output-cache policy, its page conventions and the invalidator.</summary>
public static class PortalCache
{
    /// <summary>Every cached portal page (the channel bar is on all of them).</summary>
    public const string AllTag = "portal";

    /// <summary>Pages that list articles: the home page, the channel pages and the article pages (related, most read).</summary>
    public const string ListsTag = "portal-lists";

    /// <summary>How long a page may be served from the cache if no write evicts it first (a safety net).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string ArticleTag(int id) => "article:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
