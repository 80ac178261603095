using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dundian.Core.Cluster;

/// <summary>
/// Makes a periodic background job run on one node of the cluster per period, with a row in JobLeases as the
/// coordinator (works on SQLite and PostgreSQL alike; on one machine it simply always grants).
/// Use it in the job's loop: <c>if (!await lease.TryClaimAsync("my-job", interval, ct)) continue;</c> then run.
/// The claim is one conditional UPDATE (or the first INSERT), so of two nodes asking at once exactly one wins;
/// it lasts slightly less than the period so the winner's next tick can claim again. A node that dies holding the
/// claim delays the job by at most one period: another node claims once it has expired.
/// </summary>
public sealed class ClusterLease(IServiceScopeFactory scopes, NodeIdentity node, TimeProvider clock)
{
    /// <summary>True when this node should run <paramref name="job"/> now; false when another node has this period.</summary>
    public async Task<bool> TryClaimAsync(string job, TimeSpan period, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Timers drift by the length of a run: a claim ending a little early lets the same node go on next tick.
        var until = now + period - TimeSpan.FromTicks(Math.Min(period.Ticks / 10, TimeSpan.FromSeconds(5).Ticks));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var claimed = await db.JobLeases.Where(l => l.Name == job && l.Until <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, node.Name).SetProperty(l => l.Until, until), ct);
        if (claimed == 1) return true;
        if (await db.JobLeases.AnyAsync(l => l.Name == job, ct)) return false;
        db.JobLeases.Add(new JobLease { Name = job, Holder = node.Name, Until = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return false; // another node inserted the first claim at the same moment
        }
    }

    /// <summary>Which node holds the job's current claim (null when never claimed); for status pages and tests.</summary>
    public async Task<JobLease?> CurrentAsync(string job, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        return await db.JobLeases.AsNoTracking().FirstOrDefaultAsync(l => l.Name == job, ct);
    }
}
