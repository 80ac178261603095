using Dundian.Core.Uploads;

namespace Dundian.Core.Content;

/// <summary>A document attached to an article (通知原文, 实施方案 …), listed for download under the text.</summary>
public class ArticleAttachment
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Guid FileId { get; set; }
    public StoredFile? File { get; set; }
    public int SortOrder { get; set; }
}
