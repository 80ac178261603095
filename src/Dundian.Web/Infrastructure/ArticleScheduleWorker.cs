using Dundian.Core.Cluster;
using Dundian.Core.Content;

namespace Dundian.Web.Infrastructure;

/// <summary>
/// Every minute, on one node of the cluster (<see cref="ClusterLease"/>), publishes approved articles whose time has
/// come and withdraws expired ones. The search index and the output cache follow through the save's interceptors.
/// </summary>
public sealed class ArticleScheduleWorker(IServiceScopeFactory scopes, ClusterLease lease, TimeProvider clock,
    ILogger<ArticleScheduleWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (!await lease.TryClaimAsync("article-schedule", period, stoppingToken)) continue;
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<ArticleReviewService>().RunSchedulesAsync(stoppingToken);
                if (changed.Count > 0) log.LogInformation("Scheduled publishing changed {Count} articles", changed.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round (database briefly unavailable) must not stop the schedule.
                log.LogError(e, "Scheduled publishing failed; retrying next minute");
            }
        }
    }
}
