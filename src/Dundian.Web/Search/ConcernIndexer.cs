using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Search;
using Dundian.Web.Concerns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Search;

/// <summary>
/// Keeps resolved concerns (办结 and 回访) in the search index with exactly what the public resolved list shows:
/// category, village, the description and the official reply masked by <see cref="PersonalDataMask"/>. The reporter's
/// name is selected only to mask it where the text repeats it; it and the phone never reach the index. A reopened or merged concern is removed.
/// Results link to the concern's entry on the public list (/concerns/resolved, filtered to its village).
/// </summary>
public sealed class ConcernIndexer(DundianDbContext db, SearchIndex index)
{
    public const string Kind = "concern";
    public const string ChannelName = "已办结诉求";

    public static string Key(int id) => $"{Kind}:{id}";

    public static string Anchor(string trackingNumber) => "concern-" + trackingNumber;

    /// <summary>Indexes the concern if it is publicly resolved, removes it from the index otherwise.</summary>
    public async Task IndexAsync(int id, CancellationToken ct = default)
    {
        var row = await Resolved(c => c.Id == id).FirstOrDefaultAsync(ct);
        if (row is null) index.Delete(Key(id));
        else index.Upsert(ToDocument(row));
    }

    /// <summary>Adds every resolved concern (after the articles' rebuild has emptied the index); returns the count.</summary>
    public async Task<int> AddAllAsync(CancellationToken ct = default)
    {
        var all = await Resolved(_ => true).ToListAsync(ct);
        index.UpsertAll(all.Select(ToDocument));
        return all.Count;
    }

    // The same statuses as the public list; only public fields are projected.
    private IQueryable<Row> Resolved(System.Linq.Expressions.Expression<Func<Concern, bool>> filter) => db.Concerns.AsNoTracking()
        .Where(c => c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.FollowedUp).Where(filter)
        .Select(c => new Row(c.Id, c.TrackingNumber, c.VillageId, c.Category!.Name, c.Village!.Name, c.Description,
            c.ReporterName, c.Result, c.ResolvedAt, c.ReceivedAt));

    private static SearchDocument ToDocument(Row r) => new(Key(r.Id), Kind, $"{r.Village}:{r.Category}诉求已办结",
        $"{r.Category} {r.Village} {PersonalDataMask.Text(r.Description, [r.ReporterName])} 答复:{PersonalDataMask.Text(r.Result, [r.ReporterName])}",
        $"/concerns/resolved?village={r.VillageId}#{Anchor(r.TrackingNumber)}",
        DateTime.SpecifyKind(r.ResolvedAt ?? r.ReceivedAt, DateTimeKind.Utc), null, ChannelName);

    private sealed record Row(int Id, string TrackingNumber, int VillageId, string Category, string Village,
        string Description, string? ReporterName, string? Result, DateTime? ResolvedAt, DateTime ReceivedAt);
}
