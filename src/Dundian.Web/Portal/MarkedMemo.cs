using Microsoft.Extensions.Caching.Memory;

namespace Dundian.Web.Portal;

/// <summary>
/// Keeps what a public page reads from the database in this node's memory until a write marks one of its output-cache
/// tags (<see cref="CacheEvictionMarks"/>, relayed to every node in a cluster): the same rule, and so the same
/// freshness, as the cached pages themselves. The mark sequence is noted before reading, so a save that commits while
/// the value is read leaves it stale, never kept. <see cref="PortalCache.Lifetime"/> bounds how long a value outlives
/// a change made outside the application (SQL by hand). A page rendered after an eviction for another reason (a
/// comment approved: only its article's tag) then needs its text alone from the database.
/// </summary>
public sealed class MarkedMemo(IMemoryCache memory, CacheEvictionMarks marks)
{
    private sealed record Entry<T>(long NotedAt, T Value);

    public async Task<T> GetOrReadAsync<T>(string key, string tag, Func<Task<T>> read)
    {
        if (memory.TryGetValue(key, out Entry<T>? kept) && !Stale(kept!.NotedAt, tag)) return kept.Value;
        var notedAt = marks.Current;
        var value = await read();
        memory.Set(key, new Entry<T>(notedAt, value), PortalCache.Lifetime);
        return value;
    }

    // Every cached page carries AllTag (a channel renamed reaches all of them), so every memo heeds it too.
    private bool Stale(long notedAt, string tag) =>
        marks.MarkedSince(notedAt, tag) || marks.MarkedSince(notedAt, PortalCache.AllTag);
}
