using Dundian.Core.Cluster;
using Dundian.Core.Data;
using Dundian.Web.Search;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Dundian.Web.Cluster;

/// <summary>
/// What changes when several nodes serve one site (Deployment:Mode=Cluster): the output cache moves to Redis, so a
/// tag eviction by any node (PortalCacheInvalidator) empties the page for all and its eviction marks reach the others
/// (<see cref="EvictionMarksRelay"/>); rate limits and the sign-in throttle count in Redis
/// (<see cref="ClusterRateLimit"/>); data-protection keys move to the database (<see cref="DataProtectionSetup"/>).
/// While Redis is down a node serves on alone (<see cref="RedisOutage"/>).
/// Always on, cluster or not: each node's search index follows the indexing tasks (<see cref="IndexingTaskApplier"/>),
/// and periodic jobs claim their period through <see cref="ClusterLease"/>.
/// </summary>
public static class ClusterSetup
{
    public static DeploymentOptions AddDundianDeployment(this IServiceCollection services, IConfiguration configuration,
        DatabaseOptions database)
    {
        var deployment = configuration.GetSection(DeploymentOptions.Section).Get<DeploymentOptions>() ?? new DeploymentOptions();
        services.AddSingleton(deployment);
        services.AddSingleton<IndexingTaskApplier>();
        services.AddSingleton<IIndexingTaskSignal>(sp => sp.GetRequiredService<IndexingTaskApplier>());
        services.AddHostedService<IndexingTaskWorker>();
        if (!deployment.IsCluster) return deployment;

        if (!database.IsPostgres)
            throw new InvalidOperationException("Deployment:Mode=Cluster needs Database:Provider=Postgres (SQLite serves one machine).");
        if (string.IsNullOrWhiteSpace(deployment.Redis))
            throw new InvalidOperationException("Deployment:Mode=Cluster needs Deployment:Redis, e.g. 127.0.0.1:6379.");
        var redis = RedisConnection.Connect(deployment.Redis);
        services.AddSingleton(redis);
        services.AddHostedService<EvictionMarksRelay>();
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer);
            o.InstanceName = "dundian:";
        });
        Decorate<IOutputCacheStore>(services, (sp, inner) =>
            new ResilientOutputCacheStore((IOutputCacheBufferStore)inner, sp.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
        // The distributed cache (the sign-in throttle's failure counts) in Redis too, so a guesser who spreads his
        // attempts over the nodes is counted once. Registered before the accounts' in-memory fallback (a TryAdd).
        services.AddStackExchangeRedisCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis.Multiplexer);
            o.InstanceName = "dundian:cache:";
        });
        Decorate<IDistributedCache>(services, (sp, inner) => new ResilientDistributedCache(inner,
            new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())),
            sp.GetRequiredService<ILogger<ResilientDistributedCache>>()));
        return deployment;
    }

    // Wraps the registered singleton (the Redis implementations are internal types, registered by their packages).
    private static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> wrap)
        where TService : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(TService));
        services.Remove(registered);
        services.AddSingleton(sp => wrap(sp, (TService)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
    }
}
