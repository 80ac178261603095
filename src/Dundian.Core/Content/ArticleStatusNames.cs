namespace Dundian.Core.Content;

public static class ArticleStatusNames
{
    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "草稿",
        ArticleStatus.InReview => "审核中",
        ArticleStatus.Approved => "已审核待发布",
        ArticleStatus.Published => "已发布",
        ArticleStatus.Withdrawn => "已撤稿",
        _ => status.ToString(),
    };
}
