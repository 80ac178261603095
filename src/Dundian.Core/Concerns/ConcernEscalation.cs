using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Concerns;

/// <summary>
/// 督办: raises the escalation level of open overdue concerns. The level a concern should have follows from how
/// long it has been overdue (one level per <c>stepDays</c>, at most <see cref="MaxLevel"/>), so running this every
/// ten minutes, once a day or on two nodes at once gives the same levels — it does not climb with each run.
/// </summary>
public class ConcernEscalation(DundianDbContext db, TimeProvider clock)
{
    public const int MaxLevel = 3;

    /// <summary>Escalates what is due and saves; returns how many concerns were escalated.</summary>
    public async Task<int> EscalateOverdueAsync(int stepDays = 3, CancellationToken ct = default)
    {
        if (stepDays <= 0) throw new ArgumentOutOfRangeException(nameof(stepDays));
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Concerns
            .Where(c => (c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress)
                        && c.DueAt < now && c.EscalationLevel < MaxLevel)
            .OrderBy(c => c.Id).ToListAsync(ct);

        var count = 0;
        foreach (var concern in overdue)
        {
            var daysOver = (now - concern.DueAt!.Value).TotalDays;
            var target = Math.Min(MaxLevel, 1 + (int)(daysOver / stepDays));
            var raised = false;
            while (concern.EscalationLevel < target && concern.EscalateIfOverdue(now, MaxLevel)) raised = true;
            if (raised) count++;
        }
        if (count > 0) await db.SaveChangesAsync(ct);
        return count;
    }
}
