using Dundian.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Core.Cluster;

public static class ClusterServices
{
    /// <summary>The job lease and the indexing-task recorder; active in every deployment (one node is a cluster of one).</summary>
    public static IServiceCollection AddDundianCluster(this IServiceCollection services)
    {
        services.AddSingleton<NodeIdentity>();
        services.AddSingleton<ClusterLease>();
        services.AddSingleton(sp => new IndexingTaskRecorder(sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IIndexingTaskSignal>()));
        services.ConfigureDbContext<DundianDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<IndexingTaskRecorder>()));
        return services;
    }
}
