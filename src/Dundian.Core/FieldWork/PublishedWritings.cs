using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.FieldWork;

/// <summary>
/// The public side of field notes and research reports: only 已发布 ones, always masked. The campaign topic page,
/// the writing pages and the search index all read here, so none of them can show an unpublished or unmasked text.
/// </summary>
public class PublishedWritings(DundianDbContext db)
{
    /// <summary>One page of a campaign's published notes and reports together, latest first, and how many there are.</summary>
    public async Task<(int Total, List<PublishedWriting> Items)> ListAsync(int campaignId, int page, int pageSize, CancellationToken ct = default)
    {
        var notes = Published<FieldNote>().Where(w => w.CampaignId == campaignId);
        var reports = Published<ResearchReport>().Where(w => w.CampaignId == campaignId);
        var total = await notes.CountAsync(ct) + await reports.CountAsync(ct);
        // Two tables: the first page*size of each, newest first, hold the requested page of the merged list.
        var take = page * pageSize;
        var merged = (await ViewsAsync(notes.OrderByDescending(w => w.PublishedAt).ThenByDescending(w => w.Id).Take(take), WritingKind.FieldNote, ct))
            .Concat(await ViewsAsync(reports.OrderByDescending(w => w.PublishedAt).ThenByDescending(w => w.Id).Take(take), WritingKind.ResearchReport, ct))
            .OrderByDescending(w => w.PublishedAtUtc).ThenByDescending(w => w.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return (total, merged);
    }

    /// <summary>The published writing, or null when it does not exist or is not (or no longer) published.</summary>
    public async Task<PublishedWriting?> FindAsync(WritingKind kind, int id, CancellationToken ct = default)
    {
        var found = kind == WritingKind.FieldNote
            ? await ViewsAsync(Published<FieldNote>().Where(w => w.Id == id), kind, ct)
            : await ViewsAsync(Published<ResearchReport>().Where(w => w.Id == id), kind, ct);
        return found.FirstOrDefault();
    }

    /// <summary>Every published note and report (the search index's rebuild).</summary>
    public async Task<List<PublishedWriting>> AllAsync(CancellationToken ct = default) =>
        (await ViewsAsync(Published<FieldNote>(), WritingKind.FieldNote, ct))
        .Concat(await ViewsAsync(Published<ResearchReport>(), WritingKind.ResearchReport, ct)).ToList();

    private IQueryable<T> Published<T>() where T : ReviewedWriting =>
        db.Set<T>().AsNoTracking().Where(w => w.Status == WritingStatus.Published && w.PublishedAt != null);

    private async Task<List<PublishedWriting>> ViewsAsync<T>(IQueryable<T> query, WritingKind kind, CancellationToken ct)
        where T : ReviewedWriting
    {
        var rows = await query.Select(w => new
        {
            w.Id, w.CampaignId, Campaign = w.Campaign!.Name, w.Title, w.BodyHtml, Author = w.Author!.Name, AuthorTitle = w.Author.Title, w.Author.Unit,
            w.VillageId, Village = w.Village!.Name, PublishedAt = w.PublishedAt!.Value,
        }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var villageIds = rows.Select(r => r.VillageId).Distinct().ToList();
        var names = (await db.Households.AsNoTracking().Where(h => villageIds.Contains(h.VillageId))
                .Select(h => new { h.VillageId, h.HeadName }).ToListAsync(ct))
            .ToLookup(h => h.VillageId, h => h.HeadName);
        var topics = new Dictionary<int, string>();
        if (kind == WritingKind.ResearchReport)
        {
            var ids = rows.Select(r => r.Id).ToList();
            foreach (var t in await db.ResearchTopics.AsNoTracking().Where(t => t.ReportId != null && ids.Contains(t.ReportId.Value))
                         .Select(t => new { ReportId = t.ReportId!.Value, t.Title }).ToListAsync(ct))
                topics[t.ReportId] = t.Title;
        }
        return rows.Select(r =>
        {
            var residents = names[r.VillageId].ToList();
            return new PublishedWriting(kind, r.Id, r.CampaignId, r.Campaign, PersonalDataMask.Text(r.Title, residents),
                PersonalDataMask.Html(r.BodyHtml, residents), r.Author, r.AuthorTitle, r.Unit, r.Village, r.PublishedAt,
                topics.GetValueOrDefault(r.Id));
        }).ToList();
    }
}
