namespace Dundian.Web.Feeds;

/// <summary>
/// A feed of the whole site or of one channel. <see cref="PagePath"/> is the HTML page it mirrors and
/// <see cref="FeedPath"/> the folder its rss.xml / atom.xml sit in ("" for the site, "/channel/x" for a channel).
/// </summary>
public sealed record Feed(string Title, string Description, string PagePath, string FeedPath, IReadOnlyList<FeedItem> Items)
{
    public DateTime Updated => Items.Count == 0 ? DateTime.UnixEpoch : Items.Max(i => i.LastModified);
}
