namespace Dundian.Core.Content;

/// <summary>
/// Draft → InReview (一审, 二审, 三审 …) → Approved (waiting for its scheduled time) → Published → Withdrawn.
/// A rejection at any level sends the article back to Draft with the reason.
/// </summary>
public enum ArticleStatus
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
    InReview = 3,
    Approved = 4,
}
