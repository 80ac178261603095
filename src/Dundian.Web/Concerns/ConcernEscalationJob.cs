using Dundian.Core.Cluster;
using Dundian.Core.Concerns;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Concerns;

/// <summary>
/// Runs <see cref="ConcernEscalation"/> every few minutes, on one node of the cluster per interval
/// (<see cref="ClusterLease"/>). Levels follow days overdue, and the inbox is unique on concern + level + recipient,
/// so even a run that overlapped another (a lease that expired mid-run) cannot notify twice.
/// </summary>
public sealed class ConcernEscalationJob(IServiceScopeFactory scopes, ClusterLease lease, NodeIdentity node, TimeProvider clock,
    IOptions<ConcernEscalationOptions> options, ILogger<ConcernEscalationJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var period = settings.EscalationIntervalSeconds > 0
            ? TimeSpan.FromSeconds(settings.EscalationIntervalSeconds)
            : TimeSpan.FromMinutes(Math.Max(1, settings.EscalationIntervalMinutes));
        using var timer = new PeriodicTimer(period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (!await lease.TryClaimAsync("concern-escalation", period, stoppingToken)) continue;
                await using var scope = scopes.CreateAsyncScope();
                var escalation = scope.ServiceProvider.GetRequiredService<ConcernEscalation>();
                var count = await escalation.EscalateOverdueAsync(settings.EscalationStepDays, stoppingToken);
                // One line per run: the cluster test counts them to prove one run per interval across nodes.
                log.LogInformation("Concern escalation ran on {Node}: {Count} escalated", node.Name, count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed run (database restarting) must not stop the job for good.
                log.LogError(e, "Concern escalation run failed");
            }
        }
    }
}
