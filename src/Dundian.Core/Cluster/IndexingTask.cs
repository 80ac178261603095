namespace Dundian.Core.Cluster;

/// <summary>
/// One change the search index (or another per-node cache) must follow: written by <see cref="IndexingTaskRecorder"/>
/// in the same transaction as the change, read by every node after the last task it applied (OrchardCore's
/// pattern). A task names what changed, not what to do: the node re-reads the row and indexes or removes it.
/// </summary>
public class IndexingTask
{
    public const string Article = "article";
    public const string FieldNote = "field-note";
    public const string ResearchReport = "research-report";
    public const string Concern = "concern";
    /// <summary>The sensitive-word lexicon changed (EntityId 0): each node drops its cached matcher.</summary>
    public const string Lexicon = "lexicon";

    public long Id { get; set; }
    public required string Kind { get; set; }
    public int EntityId { get; set; }
    public DateTime CreatedAt { get; set; }
}
