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
    /// <summary>
    /// An org unit was added or renamed (EntityId 0): each node teaches the segmenter the place names, so that a
    /// search for a new village or town cuts it into the same words on every node.
    /// </summary>
    public const string OrgUnitNames = "org-unit-names";

    public long Id { get; set; }
    public required string Kind { get; set; }
    public int EntityId { get; set; }
    public DateTime CreatedAt { get; set; }
}
