using System.Threading.RateLimiting;

namespace Dundian.Web.Cluster;

/// <summary>
/// A Redis rate limiter with this node's own limiter as a stand-in while Redis is down (<see cref="RedisOutage"/>):
/// a client is then counted per node for that time — looser, but every rate-limited form (concerns, comments, the
/// view beacon) keeps working, where the Redis limiter alone threw and the request answered 500.
/// </summary>
public sealed class FallbackRateLimiter(RateLimiter shared, RateLimiter local, ILogger log) : RateLimiter
{
    public override TimeSpan? IdleDuration => shared.IdleDuration is { } a && local.IdleDuration is { } b ? (a < b ? a : b) : null;

    public override RateLimiterStatistics? GetStatistics() => shared.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        try { return shared.AttemptAcquire(permitCount); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "rate limit"); return local.AttemptAcquire(permitCount); }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken ct)
    {
        try { return await shared.AcquireAsync(permitCount, ct); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "rate limit"); return await local.AcquireAsync(permitCount, ct); }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) { shared.Dispose(); local.Dispose(); }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await shared.DisposeAsync();
        await local.DisposeAsync();
    }
}
