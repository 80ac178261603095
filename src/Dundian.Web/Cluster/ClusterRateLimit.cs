using System.Threading.RateLimiting;
using RedisRateLimiting;

namespace Dundian.Web.Cluster;

/// <summary>
/// The partition factory for rate-limit policies: an in-process fixed window on one machine, a Redis fixed window
/// (RedisRateLimiting) in cluster mode, so a client that spreads its posts over several nodes is counted once —
/// and per node again while Redis is down (<see cref="FallbackRateLimiter"/>).
/// Policies call <c>ClusterRateLimit.FixedWindow(context, policyName, key, permits, window)</c> in place of
/// <c>RateLimitPartition.GetFixedWindowLimiter</c>.
/// </summary>
public static class ClusterRateLimit
{
    public static RateLimitPartition<string> FixedWindow(HttpContext context, string policy, string key, int permitLimit,
        TimeSpan window)
    {
        var redis = context.RequestServices.GetService<RedisConnection>();
        if (redis is null) return RateLimitPartition.GetFixedWindowLimiter(key, _ => Local(permitLimit, window));
        // Redis keys are global: the policy's name keeps two policies' counters of one address apart.
        var shared = RedisRateLimitPartition.GetFixedWindowRateLimiter($"dundian:{policy}:{key}",
            _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Multiplexer, PermitLimit = permitLimit, Window = window,
            });
        var log = context.RequestServices.GetRequiredService<ILogger<FallbackRateLimiter>>();
        return RateLimitPartition.Get(shared.PartitionKey, k => new FallbackRateLimiter(shared.Factory(k),
            new FixedWindowRateLimiter(Local(permitLimit, window)), log));
    }

    private static FixedWindowRateLimiterOptions Local(int permitLimit, TimeSpan window) =>
        new() { PermitLimit = permitLimit, Window = window };
}
