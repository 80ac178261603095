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
        Try(() => redis.GetAsync(key, ct), () => memory.GetAsync(key, ct));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Try(() => redis.Set(key, value, options), () => memory.Set(key, value, options));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken ct = default) =>
        Try(() => redis.SetAsync(key, value, options, ct), () => memory.SetAsync(key, value, options, ct));

    public void Refresh(string key) => Try(() => redis.Refresh(key), () => memory.Refresh(key));

    public Task RefreshAsync(string key, CancellationToken ct = default) =>
        Try(() => redis.RefreshAsync(key, ct), () => memory.RefreshAsync(key, ct));

    public void Remove(string key) => Try(() => redis.Remove(key), () => memory.Remove(key));

    public Task RemoveAsync(string key, CancellationToken ct = default) =>
        Try(() => redis.RemoveAsync(key, ct), () => memory.RemoveAsync(key, ct));

    private T Try<T>(Func<T> shared, Func<T> local)
    {
        try { return shared(); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "distributed cache"); return local(); }
    }

    private void Try(Action shared, Action local) => Try(() => { shared(); return 0; }, () => { local(); return 0; });

    private async Task<T> Try<T>(Func<Task<T>> shared, Func<Task<T>> local)
    {
        try { return await shared(); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "distributed cache"); return await local(); }
    }

    private Task Try(Func<Task> shared, Func<Task> local) =>
        Try(async () => { await shared(); return 0; }, async () => { await local(); return 0; });
}
