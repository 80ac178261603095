using StackExchange.Redis;

namespace Dundian.Web.Cluster;

/// <summary>The one Redis connection of a cluster node, shared by the output cache and the rate limiter.</summary>
public sealed class RedisConnection(IConnectionMultiplexer multiplexer)
{
    public IConnectionMultiplexer Multiplexer { get; } = multiplexer;

    public static RedisConnection Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // A Redis restart must not stop the node: reconnect in the background instead of failing at start.
        options.AbortOnConnectFail = false;
        return new RedisConnection(ConnectionMultiplexer.Connect(options));
    }
}
