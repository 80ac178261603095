using StackExchange.Redis;

namespace Dundian.Web.Cluster;

/// <summary>
/// What a node does while Redis cannot be reached: it serves on, alone. The shared parts fall back to this node's
/// memory — pages render uncached (<see cref="ResilientOutputCacheStore"/>), rate limits and the sign-in throttle
/// count per node (<see cref="FallbackRateLimiter"/>, <see cref="ResilientDistributedCache"/>) — and come back to
/// Redis by themselves once the multiplexer has reconnected. An outage is logged once a minute, not once a request.
/// </summary>
public static class RedisOutage
{
    private static long lastLoggedTicks;

    public static bool Is(Exception e) => e is RedisException or TimeoutException or ObjectDisposedException;

    public static void Log(ILogger log, Exception e, string what)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastLoggedTicks);
        if (now - last < 60_000 && last != 0) return;
        if (Interlocked.CompareExchange(ref lastLoggedTicks, now, last) != last) return;
        log.LogWarning(e, "Redis unreachable ({What}): this node serves on its own until it reconnects", what);
    }
}
