namespace Dundian.Core.Cluster;

/// <summary>
/// Told after a save that recorded indexing tasks has committed, so this node applies them at once instead of at its
/// next poll (a publish is searchable on the node that made it before the editor's next page). Implemented by the
/// web app's task applier.
/// </summary>
public interface IIndexingTaskSignal
{
    /// <summary>The tasks (kind, entity id) the committed save wrote.</summary>
    Task TasksCommittedAsync(IReadOnlyList<(string Kind, int EntityId)> tasks, CancellationToken ct);
}
