using Dundian.Web.Portal;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Dundian.Web.Cluster;

/// <summary>
/// Shares the output cache's eviction marks (<see cref="CacheEvictionMarks"/>) between the nodes over Redis pub/sub.
/// A write on node B evicts its tags from the shared store; a render on node A that read the old rows before B's
/// commit could still store its page afterwards. So every mark is published, and each other node, on receipt, marks
/// the tag (its renders in flight then do not store) and evicts it once more (removing what such a render stored in
/// between). A lost message (Redis down) leaves the page at most <see cref="PortalCache.Lifetime"/> old.
/// </summary>
public sealed class EvictionMarksRelay(RedisConnection redis, CacheEvictionMarks marks, IOutputCacheStore store,
    ILogger<EvictionMarksRelay> log) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("dundian:evicted");

    // Messages are "node|tag": a node ignores its own (it marked and evicted already).
    private readonly string node = Guid.NewGuid().ToString("N");

    public async Task StartAsync(CancellationToken ct)
    {
        marks.Marked += Publish;
        await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel, (channel, message) => _ = ReceiveAsync(message.ToString()));
    }

    public async Task StopAsync(CancellationToken ct)
    {
        marks.Marked -= Publish;
        await redis.Multiplexer.GetSubscriber().UnsubscribeAsync(Channel);
    }

    // Runs inside a save that has committed: a Redis outage must not turn it into an error.
    private void Publish(string tag)
    {
        try { redis.Multiplexer.GetSubscriber().Publish(Channel, node + "|" + tag, CommandFlags.FireAndForget); }
        catch (Exception e) when (RedisOutage.Is(e)) { RedisOutage.Log(log, e, "eviction relay"); }
    }

    private async Task ReceiveAsync(string message)
    {
        var bar = message.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || message.AsSpan(0, bar).SequenceEqual(node)) return;
        var tag = message[(bar + 1)..];
        marks.MarkHere(tag);
        try { await store.EvictByTagAsync(tag, CancellationToken.None); }
        catch (Exception e) { log.LogWarning(e, "Output cache eviction of {Tag} relayed from another node failed", tag); }
    }
}
