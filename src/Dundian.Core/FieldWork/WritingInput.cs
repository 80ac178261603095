namespace Dundian.Core.FieldWork;

/// <summary>What the author types: title, rich-text body (sanitised on save), the village, and for a report its topic.</summary>
public sealed class WritingInput
{
    public int ParticipantId { get; set; }
    public int VillageId { get; set; }
    public string? Title { get; set; }
    public string? BodyHtml { get; set; }
    /// <summary>Research reports only: the 调研主题 this report concludes (optional).</summary>
    public int? TopicId { get; set; }
}
