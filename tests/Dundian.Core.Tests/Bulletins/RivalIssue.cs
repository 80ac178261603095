using Dundian.Core.Bulletins;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dundian.Core.Tests.Bulletins;

/// <summary>
/// Makes a race deterministic: just before the desk's save, another connection issues a number of the same series
/// and commits (the series counter moves under the desk's feet), <see cref="Times"/> times.
/// </summary>
internal sealed class RivalIssue(Func<DundianDbContext> rival, int seriesId) : SaveChangesInterceptor
{
    public int Times { get; set; } = 1;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (Times > 0 && eventData.Context!.ChangeTracker.Entries<BulletinSeries>().Any(e => e.State == EntityState.Modified))
        {
            Times--;
            await using var db = rival();
            var series = await db.BulletinSeries.SingleAsync(s => s.Id == seriesId, ct);
            series.TakeNextNumber();
            await db.SaveChangesAsync(ct);
        }
        return result;
    }
}
