using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;

namespace Dundian.Web.Cluster;

/// <summary>
/// The Redis output-cache store, made harmless when Redis is down: a read is a miss (the page renders), a write or an
/// eviction is skipped (<see cref="RedisOutage"/>). Without it every cached page answered 500 while Redis was away.
/// Pages stored meanwhile are not lost: nothing was stored; evictions missed meanwhile are covered by the pages'
/// lifetime (<see cref="Portal.PortalCache.Lifetime"/>).
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheBufferStore inner, ILogger<ResilientOutputCacheStore> log) : IOutputCacheBufferStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken ct)
    {
        try { return await inner.GetAsync(key, ct); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "output cache read"); return null; }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken ct)
    {
        try { await inner.SetAsync(key, value, tags, validFor, ct); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "output cache write"); }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken ct)
    {
        try { await inner.EvictByTagAsync(tag, ct); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "output cache eviction"); }
    }

    // The buffer API (the Redis store's) spares the middleware a copy of every page.
    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken ct)
    {
        try { return await inner.TryGetAsync(key, destination, ct); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "output cache read"); return false; }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor,
        CancellationToken ct)
    {
        try { await inner.SetAsync(key, value, tags, validFor, ct); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "output cache write"); }
    }
}
