namespace Dundian.Documents.Word;

/// <summary>An anthology (手记汇编 / 调研报告汇编) to print: cover lines and the writings in order.</summary>
public sealed record AnthologyPrint
{
    /// <summary>E.g. 县级领导班子成员蹲点调研活动.</summary>
    public required string CampaignName { get; init; }
    /// <summary>E.g. 蹲点手记汇编.</summary>
    public required string Title { get; init; }
    /// <summary>Who compiles it, printed at the foot of the cover.</summary>
    public required string Compiler { get; init; }
    public required DateOnly Date { get; init; }
    public IReadOnlyList<AnthologyPrintEntry> Entries { get; init; } = [];
}
