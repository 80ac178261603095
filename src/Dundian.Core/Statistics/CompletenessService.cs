using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics;

/// <summary>
/// Who is behind: participants without a (submitted) field note or research report, and liaison villages
/// nobody has logged a stay in for N days. "Today" comes from <see cref="TimeProvider"/> in China time.
/// </summary>
public class CompletenessService(DundianDbContext db, TimeProvider clock)
{
    public Task<List<CompletenessRow>> ParticipantsWithoutFieldNoteAsync(int campaignId, CancellationToken ct = default) =>
        db.Participants.AsNoTracking()
            .Where(p => p.CampaignId == campaignId)
            .Where(p => !db.FieldNotes.Any(n => n.AuthorId == p.Id && ReviewedWriting.Counted.Contains(n.Status)))
            .OrderBy(p => p.GroupId).ThenBy(p => p.Id)
            .Select(p => new CompletenessRow(p.Id, p.Name, p.Group != null ? p.Group.Name : null, null))
            .ToListAsync(ct);

    public Task<List<CompletenessRow>> ParticipantsWithoutResearchReportAsync(int campaignId, CancellationToken ct = default) =>
        db.Participants.AsNoTracking()
            .Where(p => p.CampaignId == campaignId)
            .Where(p => !db.ResearchReports.Any(r => r.AuthorId == p.Id && ReviewedWriting.Counted.Contains(r.Status)))
            .OrderBy(p => p.GroupId).ThenBy(p => p.Id)
            .Select(p => new CompletenessRow(p.Id, p.Name, p.Group != null ? p.Group.Name : null, null))
            .ToListAsync(ct);

    /// <summary>
    /// Liaison villages of the campaign whose last stay (of this campaign) ended more than <paramref name="days"/>
    /// days ago, or that have none; <see cref="CompletenessRow.LastDay"/> is that last day.
    /// </summary>
    public async Task<List<CompletenessRow>> IdleLiaisonVillagesAsync(int campaignId, int days, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var since = today.AddDays(-days);
        var rows = await db.LiaisonVillages.AsNoTracking()
            .Where(l => l.Group!.CampaignId == campaignId)
            .Select(l => new
            {
                l.Id, Village = l.Village!.Name, Group = l.Group!.Name,
                Last = db.FieldLogs.Where(f => f.CampaignId == campaignId && f.VillageId == l.VillageId)
                    .Max(f => (DateOnly?)f.EndDate),
            })
            .Where(x => x.Last == null || x.Last < since)
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Last).ThenBy(r => r.Id)
            .Select(r => new CompletenessRow(r.Id, r.Village, r.Group, r.Last)).ToList();
    }
}
