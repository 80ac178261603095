using System.Collections.Concurrent;

namespace Dundian.Web.Portal;

/// <summary>
/// Closes the race between a render and an eviction: a request that read the database before a write committed
/// may try to store its (old) page after the write's eviction has run, and that page would then be served until the
/// next write. Every eviction first marks its tag with a new sequence number; a request notes the sequence when it
/// starts, and a response whose tags were marked since is not stored (checked before the store) or is evicted
/// again (checked after it, see <see cref="PortalOutputCachePolicy"/>). So the first request that starts after a
/// commit always renders from the committed rows. The marks live in this node's memory; in a cluster
/// <see cref="Cluster.EvictionMarksRelay"/> passes each mark to the other nodes, which mark and evict again.
/// </summary>
public sealed class CacheEvictionMarks
{
    private long sequence;
    private readonly ConcurrentDictionary<string, long> lastMark = new(StringComparer.Ordinal);

    /// <summary>The sequence a request notes when it starts.</summary>
    public long Current => Interlocked.Read(ref sequence);

    /// <summary>A tag marked by a write on this node (the relay passes it on to the others).</summary>
    public event Action<string>? Marked;

    /// <summary>Called before the tag is evicted from the store.</summary>
    public void Mark(string tag)
    {
        MarkHere(tag);
        Marked?.Invoke(tag);
    }

    /// <summary>Marks without telling anyone: for a mark that arrived from another node.</summary>
    public void MarkHere(string tag)
    {
        var at = Interlocked.Increment(ref sequence);
        lastMark.AddOrUpdate(tag, at, (_, old) => Math.Max(old, at));
    }

    /// <summary>Whether <paramref name="tag"/> was evicted after <paramref name="since"/> was noted.</summary>
    public bool MarkedSince(long since, string tag) => lastMark.TryGetValue(tag, out var at) && at > since;

    /// <summary>The tags among <paramref name="tags"/> evicted after <paramref name="since"/> was noted.</summary>
    public List<string> MarkedSince(long since, IEnumerable<string> tags) =>
        tags.Where(t => MarkedSince(since, t)).ToList();
}
