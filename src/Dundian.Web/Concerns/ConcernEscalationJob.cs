using Dundian.Core.Concerns;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Concerns;

/// <summary>
/// Runs <see cref="ConcernEscalation"/> every few minutes. The service computes levels from days overdue, so a run
/// on each of several nodes does not raise a level twice for the same period (a rare duplicate event can happen when
/// two nodes save at the same moment; a row lease would remove it when we scale out).
/// </summary>
public sealed class ConcernEscalationJob(IServiceScopeFactory scopes, TimeProvider clock,
    IOptions<ConcernEscalationOptions> options, ILogger<ConcernEscalationJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, settings.EscalationIntervalMinutes)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var escalation = scope.ServiceProvider.GetRequiredService<ConcernEscalation>();
                var count = await escalation.EscalateOverdueAsync(settings.EscalationStepDays, stoppingToken);
                if (count > 0) log.LogInformation("Escalated {Count} overdue concerns", count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed run (database restarting) must not stop the job for good.
                log.LogError(e, "Concern escalation run failed");
            }
        }
    }
}
