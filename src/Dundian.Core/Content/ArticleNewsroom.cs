namespace Dundian.Core.Content;

// What the newsroom adds to an article: who wrote it, editor, tags, media, and the steps an author takes
// outside the review itself (taking a draft back, editing only while nobody is reviewing it).
public partial class Article
{
    /// <summary>责任编辑, printed under the article.</summary>
    public string? EditorName { get; set; }
    /// <summary>Tags separated by commas or 、; see <see cref="TagList"/>.</summary>
    public string? Tags { get; set; }
    public Guid? CoverImageId { get; set; }
    /// <summary>An uploaded video (mp4/webm) played with an HTML5 &lt;video&gt; on the article page.</summary>
    public Guid? VideoId { get; set; }
    /// <summary>The staff account that created the article: a rejection goes back to them.</summary>
    public string? CreatedById { get; set; }
    public string? CreatedByName { get; set; }
    public List<ArticleAttachment> Attachments { get; set; } = [];
    public List<ArticleRevision> Revisions { get; set; } = [];

    /// <summary>Only a draft (new, rejected or taken back) or a withdrawn article may be changed.</summary>
    public bool IsEditable => Status is ArticleStatus.Draft or ArticleStatus.Withdrawn;

    public IReadOnlyList<string> TagList => ArticleTags.Parse(Tags);

    /// <summary>The author takes an article out of review (or out of the schedule) back to draft.</summary>
    public void ReturnToDraft()
    {
        if (Status is not (ArticleStatus.InReview or ArticleStatus.Approved))
            throw new ArticleRuleException("只有审核中或待发布的文章可以撤回修改。");
        Status = ArticleStatus.Draft;
        PendingLevel = 0;
    }
}
