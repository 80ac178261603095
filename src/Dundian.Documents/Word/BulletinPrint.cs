namespace Dundian.Documents.Word;

/// <summary>What a bulletin prints: masthead, text and 版记. Plain data, so the layout can be tested without a database.</summary>
public sealed record BulletinPrint
{
    public required string SeriesName { get; init; }
    public int? Number { get; init; }
    public required string IssuingUnit { get; init; }
    public DateOnly? IssueDate { get; init; }
    public string? Title { get; init; }
    /// <summary>A line under the masthead for an erratum (更正) or a withdrawn issue (已撤回 and the reason), printed in red.</summary>
    public string? Notice { get; init; }
    /// <summary>The 「据统计」 paragraph as printed.</summary>
    public string? Statistics { get; init; }
    public IReadOnlyList<BulletinPrintItem> Items { get; init; } = [];
    public string? Editor { get; init; }
    public string? Signer { get; init; }
    public string? ReportTo { get; init; }
    public string? SendTo { get; init; }
    public string? DistributeTo { get; init; }
    public int Copies { get; init; }
}
