namespace Dundian.Core.Content;

public enum ArticleStatus
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
}
