using Microsoft.Extensions.Caching.Distributed;

namespace Dundian.Web.Cluster;

/// <summary>
/// The Redis distributed cache (the sign-in throttle's failure counts) with this node's memory as a stand-in while
/// Redis is down (<see cref="RedisOutage"/>): a guesser is then counted per node for that time, instead of every
/// sign-in failing.
/// </summary>
public sealed class ResilientDistributedCache(IDistributedCache redis, IDistributedCache memory, ILogger<ResilientDistributedCache> log)
    : IDistributedCache
{
    public byte[]? Get(string key) => Try(() => redis.Get(key), () => memory.Get(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken ct = default) =>
        TryAsync(() => redis.GetAsync(key, ct), () => memory.GetAsync(key, ct));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Try(() => { redis.Set(key, value, options); return true; }, () => { memory.Set(key, value, options); return true; });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken ct = default) =>
        TryAsync(async () => { await redis.SetAsync(key, value, options, ct); return true; },
            async () => { await memory.SetAsync(key, value, options, ct); return true; });

    public void Refresh(string key) => Try(() => { redis.Refresh(key); return true; }, () => { memory.Refresh(key); return true; });

    public Task RefreshAsync(string key, CancellationToken ct = default) =>
        TryAsync(async () => { await redis.RefreshAsync(key, ct); return true; }, async () => { await memory.RefreshAsync(key, ct); return true; });

    public void Remove(string key) => Try(() => { redis.Remove(key); return true; }, () => { memory.Remove(key); return true; });

    public Task RemoveAsync(string key, CancellationToken ct = default) =>
        TryAsync(async () => { await redis.RemoveAsync(key, ct); return true; }, async () => { await memory.RemoveAsync(key, ct); return true; });

    private T Try<T>(Func<T> shared, Func<T> local)
    {
        try { return shared(); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "distributed cache"); return local(); }
    }

    private async Task<T> TryAsync<T>(Func<Task<T>> shared, Func<Task<T>> local)
    {
        try { return await shared(); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "distributed cache"); return await local(); }
    }
}
