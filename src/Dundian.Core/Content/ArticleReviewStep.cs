namespace Dundian.Core.Content;

/// <summary>One reviewer's decision at one level; the history of every round is kept.</summary>
public class ArticleReviewStep
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    /// <summary>1 = 一审, 2 = 二审, 3 = 三审 …</summary>
    public int Level { get; set; }
    public required string ReviewerId { get; set; }
    public string? ReviewerName { get; set; }
    public ReviewDecision Decision { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
}
