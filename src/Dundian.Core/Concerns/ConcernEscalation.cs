using Dundian.Core.Data;
using Dundian.Core.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Concerns;

/// <summary>
/// 督办: raises the escalation level of open overdue concerns. The level a concern should have follows from how
/// long it has been overdue (one level per <c>stepDays</c>, at most <see cref="MaxLevel"/>), so running this every
/// ten minutes, once a day or on two nodes at once gives the same levels — it does not climb with each run.
/// Each raise leaves an <see cref="InboxEntry"/> for the supervisors of the assigned unit (<see cref="ConcernSupervisors"/>),
/// saved in the same transaction as the new level.
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
            .Include(c => c.AssignedUnit).Include(c => c.Village)
            .OrderBy(c => c.Id).ToListAsync(ct);

        var count = 0;
        foreach (var concern in overdue)
        {
            var daysOver = (now - concern.DueAt!.Value).TotalDays;
            var target = Math.Min(MaxLevel, 1 + (int)(daysOver / stepDays));
            var raised = false;
            while (concern.EscalationLevel < target && concern.EscalateIfOverdue(now, MaxLevel)) raised = true;
            if (!raised) continue;
            count++;
            await NotifyAsync(concern, now, ct);
        }
        if (count == 0) return 0;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (Cluster.UniqueViolation.Is(e))
        {
            // Another node sent these notices first (the inbox is unique on concern + level + recipient): its run
            // raised the levels too, so this one's whole transaction rolls back and nothing is written twice.
            db.ChangeTracker.Clear();
            return 0;
        }
        return count;
    }

    private async Task NotifyAsync(Concern concern, DateTime now, CancellationToken ct)
    {
        var unit = concern.AssignedUnit;
        if (unit is null) return;
        var days = (int)Math.Ceiling((now - concern.DueAt!.Value).TotalDays);
        foreach (var userId in await ConcernSupervisors.ForAsync(db, unit.Path, concern.EscalationLevel, ct))
            db.InboxEntries.Add(new InboxEntry
            {
                RecipientUserId = userId, ConcernId = concern.Id, EscalationLevel = concern.EscalationLevel, CreatedAt = now, Link = $"/manage/concerns/{concern.Id}",
                Subject = $"督办(第 {concern.EscalationLevel} 级):诉求 {concern.TrackingNumber} 已超期",
                Body = $"{concern.Village?.Name}的诉求由{unit.Name}承办,已超过办理期限约 {days} 天,请督促办理。",
            });
    }
}
