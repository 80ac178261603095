using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Bulletins;

/// <summary>
/// 手记汇编 / 调研报告汇编: every published note (or report) of a campaign, optionally of one group or written between
/// two days, ordered by group then day — the text the portal shows, masked the same way (<see cref="Masked"/>).
/// Pictures are the public stored files the bodies show (&lt;img src="/files/{id}"&gt;).
/// </summary>
public class Anthology(DundianDbContext db, FileStore files)
{
    public Task<List<AnthologyEntry>> ListAsync(int campaignId, WritingKind kind, int? groupId = null, DateOnly? from = null,
        DateOnly? to = null, CancellationToken ct = default) => kind == WritingKind.FieldNote
        ? ListAsync(db.FieldNotes, campaignId, groupId, from, to, ct)
        : ListAsync(db.ResearchReports, campaignId, groupId, from, to, ct);

    private async Task<List<AnthologyEntry>> ListAsync<T>(DbSet<T> set, int campaignId, int? groupId, DateOnly? from, DateOnly? to,
        CancellationToken ct) where T : ReviewedWriting
    {
        var q = set.AsNoTracking().Where(w => w.CampaignId == campaignId && w.Status == WritingStatus.Published && w.PublishedAt != null);
        if (groupId is { } g) q = q.Where(w => w.Author!.GroupId == g);
        if (from is { } f) { var start = ChinaTime.ToUtc(f.ToDateTime(TimeOnly.MinValue)); q = q.Where(w => w.SubmittedAt >= start); }
        if (to is { } t) { var end = ChinaTime.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)); q = q.Where(w => w.SubmittedAt < end); }
        var rows = await q.Select(w => new
        {
            w.Title, w.BodyHtml, Author = w.Author!.Name, AuthorTitle = w.Author.Title, w.Author.Unit, w.VillageId, Village = w.Village!.Name,
            Group = w.Author.Group != null ? w.Author.Group.Name : null,
            GroupOrder = w.Author.Group != null ? w.Author.Group.SortOrder : int.MaxValue,
            Day = w.SubmittedAt ?? w.PublishedAt!.Value, w.Id,
        }).ToListAsync(ct);
        var villages = rows.Select(r => r.VillageId).Distinct().ToList();
        var residents = (await db.Households.AsNoTracking().Where(h => villages.Contains(h.VillageId))
            .Select(h => new { h.VillageId, h.HeadName }).ToListAsync(ct)).ToLookup(h => h.VillageId, h => h.HeadName);
        return rows.OrderBy(r => r.GroupOrder).ThenBy(r => r.Day).ThenBy(r => r.Id).Select(r =>
        {
            var (title, body) = Masked(r.Title, r.BodyHtml, residents[r.VillageId].ToList());
            return new AnthologyEntry(title, body, r.Author, r.AuthorTitle, r.Unit, r.Village, r.Group,
                DateOnly.FromDateTime(ChinaTime.ToLocal(r.Day)));
        }).ToList();
    }

    /// <summary>
    /// The one place the anthology masks residents' personal data: the public masking of published writings, so the
    /// printed book shows exactly what the portal shows.
    /// </summary>
    private static (string Title, string Body) Masked(string title, string body, IReadOnlyCollection<string> residents) =>
        (PersonalDataMask.Text(title, residents), PersonalDataMask.Html(body, residents));

    /// <summary>The bytes of a picture a body shows, when it is a public stored image; null otherwise (left out).</summary>
    public async Task<(byte[] Bytes, string ContentType)?> ImageAsync(string src, CancellationToken ct = default)
    {
        const string prefix = "/files/";
        if (!src.StartsWith(prefix, StringComparison.Ordinal) || !Guid.TryParse(src[prefix.Length..], out var id)) return null;
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null || !file.IsPublic || !file.ContentType.StartsWith("image/", StringComparison.Ordinal)) return null;
        await using var stream = await files.OpenReadAsync(file, ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return (copy.ToArray(), file.ContentType);
    }
}
