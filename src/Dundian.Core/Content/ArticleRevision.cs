namespace Dundian.Core.Content;

/// <summary>
/// The article's text as one save left it. Every save adds one (numbered 1, 2, 3 … per article); a rollback copies an
/// old one into the article and saves it as a new revision, so history is never rewritten.
/// </summary>
public class ArticleRevision
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public string BodyHtml { get; set; } = "";
    public DateTime SavedAt { get; set; }
    public string? SavedById { get; set; }
    public string? SavedByName { get; set; }
    /// <summary>"回滚至第 2 版" and the like.</summary>
    public string? Note { get; set; }
}
