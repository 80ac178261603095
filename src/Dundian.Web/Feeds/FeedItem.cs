namespace Dundian.Web.Feeds;

/// <summary>One published article in a feed or the sitemap. Times are UTC.</summary>
public sealed record FeedItem(int Id, string Title, string Description, DateTime PublishedAt, DateTime UpdatedAt)
{
    public string Path => "/article/" + Id;

    /// <summary>An article edited after publication has changed then; one edited before it changed at publication.</summary>
    public DateTime LastModified => UpdatedAt > PublishedAt ? UpdatedAt : PublishedAt;
}
