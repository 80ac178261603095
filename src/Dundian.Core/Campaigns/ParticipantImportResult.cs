namespace Dundian.Core.Campaigns;

/// <summary>What an import did: either saved <see cref="Count"/> participants, or nothing with a list of problems.</summary>
public sealed record ParticipantImportResult(int Count, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
    public static ParticipantImportResult Saved(int count) => new(count, []);
    public static ParticipantImportResult Failed(IReadOnlyList<string> problems) => new(0, problems);
}
