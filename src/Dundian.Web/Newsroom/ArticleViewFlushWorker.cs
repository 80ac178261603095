using Dundian.Core.Content;
using Dundian.Core.Data;

namespace Dundian.Web.Newsroom;

/// <summary>Writes the batched view counts every few seconds, and once more when the app stops.</summary>
public sealed class ArticleViewFlushWorker(IServiceScopeFactory scopes, ArticleViewCounter counter, TimeProvider clock,
    ILogger<ArticleViewFlushWorker> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
        }
        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await counter.FlushAsync(scope.ServiceProvider.GetRequiredService<DundianDbContext>(), ct);
        }
        catch (Exception e)
        {
            // The counts stay in memory and go out with the next flush.
            log.LogWarning(e, "Writing article view counts failed; will retry");
        }
    }
}
