using System.Threading.RateLimiting;
using RedisRateLimiting;

namespace Dundian.Web.Cluster;

/// <summary>
/// The partition factory for rate-limit policies: an in-process fixed window on one machine, a Redis fixed window
/// (RedisRateLimiting) in cluster mode, so a client that spreads its posts over several nodes is counted once.
/// Policies call <c>ClusterRateLimit.FixedWindow(context, policyName, key, permits, window)</c> in place of
/// <c>RateLimitPartition.GetFixedWindowLimiter</c>.
/// </summary>
public static class ClusterRateLimit
{
    public static RateLimitPartition<string> FixedWindow(HttpContext context, string policy, string key, int permitLimit,
        TimeSpan window)
    {
        var redis = context.RequestServices.GetService<RedisConnection>();
        if (redis is null)
            return RateLimitPartition.GetFixedWindowLimiter(key,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window });
        // Redis keys are global: the policy's name keeps two policies' counters of one address apart.
        return RedisRateLimitPartition.GetFixedWindowRateLimiter($"dundian:{policy}:{key}",
            _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Multiplexer, PermitLimit = permitLimit, Window = window,
            });
    }
}
