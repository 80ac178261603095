namespace Dundian.Core.Moderation;

/// <summary>An entry of the sensitive-word lexicon (敏感词库) that staff maintain.</summary>
public class SensitiveWord
{
    public int Id { get; set; }
    public required string Word { get; set; }
    /// <summary>Free grouping for the editors (政治, 广告, 辱骂 …); matching ignores it.</summary>
    public string? Category { get; set; }
    public DateTime CreatedAt { get; set; }
}
