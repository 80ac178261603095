using Dundian.Core.Cluster;
using Dundian.Core.Uploads;

namespace Dundian.Web.Uploads;

/// <summary>
/// Runs <see cref="UploadSweep"/> shortly after start and then every <see cref="UploadSweepOptions.IntervalHours"/>
/// hours, so files left by a crash between writing and committing do not pile up. With several nodes sharing the
/// uploads folder, <see cref="ClusterLease"/> lets one node run each period.
/// </summary>
public sealed class UploadSweepJob(IServiceScopeFactory scopes, ClusterLease lease, TimeProvider clock, Microsoft.Extensions.Options.IOptions<UploadSweepOptions> options,
    ILogger<UploadSweepJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalHours <= 0) return;
        var period = TimeSpan.FromHours(options.Value.IntervalHours);
        using var timer = new PeriodicTimer(period, clock);
        do
        {
            try
            {
                if (!await lease.TryClaimAsync("upload-sweep", period, stoppingToken)) continue;
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<UploadSweep>().SweepAsync(stoppingToken);
                if (removed > 0) log.LogInformation("Upload sweep removed {Count} unreferenced files", removed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed run (database restarting) must not stop the job for good.
                log.LogError(e, "Upload sweep failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
