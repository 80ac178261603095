namespace Dundian.Core.FieldWork;

/// <summary>Names and URL segments of <see cref="WritingKind"/>, so pages and the index spell them one way.</summary>
public static class WritingKinds
{
    public static string Name(WritingKind kind) => kind == WritingKind.FieldNote ? "蹲点手记" : "调研报告";

    /// <summary>Segment in staff URLs: /manage/writings/{segment}/{id}.</summary>
    public static string Segment(WritingKind kind) => kind == WritingKind.FieldNote ? "notes" : "reports";

    /// <summary>Segment in public URLs: /topics/{segment}/{id}.</summary>
    public static string PublicSegment(WritingKind kind) => kind == WritingKind.FieldNote ? "field-notes" : "research-reports";

    public static WritingKind? FromSegment(string? segment) => segment switch
    {
        "notes" or "field-notes" => WritingKind.FieldNote,
        "reports" or "research-reports" => WritingKind.ResearchReport,
        _ => null,
    };

    public static WritingKind Of(ReviewedWriting writing) =>
        writing is ResearchReport ? WritingKind.ResearchReport : WritingKind.FieldNote;

    public static string PublicUrl(WritingKind kind, int id) => $"/topics/{PublicSegment(kind)}/{id}";
}
