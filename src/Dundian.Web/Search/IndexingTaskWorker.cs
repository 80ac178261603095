using Dundian.Core.Cluster;
using Dundian.Core.Data;
using Dundian.Web.Cluster;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Search;

/// <summary>
/// Every <see cref="DeploymentOptions.SearchSyncSeconds"/> applies the indexing tasks other nodes wrote. Once an hour,
/// on one node (<see cref="ClusterLease"/>), deletes tasks older than <see cref="Retention"/>; a node that was down
/// longer rebuilds its index at start instead (<see cref="IndexingTaskApplier.CatchUpAsync"/>).
/// </summary>
public sealed class IndexingTaskWorker(IndexingTaskApplier applier, ClusterLease lease, IServiceScopeFactory scopes,
    DeploymentOptions deployment, TimeProvider clock, ILogger<IndexingTaskWorker> log) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.2, deployment.SearchSyncSeconds)), clock);
        var lastPrune = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await applier.ApplyPendingAsync(stoppingToken);
                if (clock.GetUtcNow() - lastPrune >= PruneEvery)
                {
                    lastPrune = clock.GetUtcNow();
                    if (await lease.TryClaimAsync("indexing-task-prune", PruneEvery, stoppingToken)) await PruneAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Applying indexing tasks failed; retrying");
            }
        }
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime - Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        // Always keep the newest task, so ids never restart and a position stays comparable.
        var newest = await db.IndexingTasks.MaxAsync(t => (long?)t.Id, ct) ?? 0;
        var deleted = await db.IndexingTasks.Where(t => t.CreatedAt < before && t.Id < newest).ExecuteDeleteAsync(ct);
        if (deleted > 0) log.LogInformation("Pruned {Count} indexing tasks older than {Days} days", deleted, Retention.TotalDays);
    }
}
