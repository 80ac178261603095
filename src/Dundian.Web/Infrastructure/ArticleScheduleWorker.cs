using Dundian.Core.Content;
using Dundian.Web.Search;

namespace Dundian.Web.Infrastructure;

/// <summary>
/// Every minute, publishes approved articles whose time has come and withdraws expired ones. Publishing is
/// idempotent (only Approved → Published), so two nodes running this at once cannot publish twice.
/// </summary>
public sealed class ArticleScheduleWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ArticleScheduleWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<ArticleReviewService>().RunSchedulesAsync(stoppingToken);
                // The search index follows every publish and withdrawal.
                var indexer = scope.ServiceProvider.GetRequiredService<ArticleIndexer>();
                foreach (var id in changed) await indexer.IndexAsync(id, stoppingToken);
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
