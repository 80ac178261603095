using System.Linq.Expressions;
using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Api.Open311;

/// <summary>
/// Maps concerns to GeoReport v2 service requests (open = 受理/交办/办理; closed = 办结/回访/已合并).
/// Two audiences: a key with <see cref="Open311Scopes.ReadPrivate"/> (the hotline platform handling the cases) reads
/// every concern in full; anyone else reads what the public portal shows — only resolved concerns (办结/回访, the
/// /concerns/resolved list; like FixMyStreet, an unreviewed report is not published) with the description and notes
/// masked by <see cref="PersonalDataMask"/>. Reporter names and phones are never returned to either.
/// </summary>
internal static class Open311Requests
{
    /// <summary>What an anonymous reader may see: the statuses of the public resolved list.</summary>
    public static readonly Expression<Func<Concern, bool>> IsPublic =
        c => c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.FollowedUp;

    public static readonly Expression<Func<Concern, bool>> IsOpen =
        c => c.Status == ConcernStatus.Received || c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress;
    public static readonly Expression<Func<Concern, bool>> IsClosed =
        c => c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.FollowedUp || c.Status == ConcernStatus.Merged;

    private static readonly Func<Concern, bool> IsOpenNow = IsOpen.Compile();

    public static IQueryable<Concern> Query(DundianDbContext db) => db.Concerns.AsNoTracking()
        .Include(c => c.Category).Include(c => c.Village).Include(c => c.AssignedUnit).Include(c => c.Events);

    public static Open311Response Response(IEnumerable<Concern> concerns, bool fullText) =>
        new("service_requests", "request", concerns.Select(c => Fields(c, fullText)));

    private static IReadOnlyList<(string, object?)> Fields(Concern c, bool fullText)
    {
        string? Shown(string? text) => fullText || text is null ? text : PersonalDataMask.Text(text, [c.ReporterName]);
        var open = IsOpenNow(c);
        var lastPublic = c.Events.Where(e => e.IsPublic).OrderBy(e => e.At).LastOrDefault();
        var updated = c.Events.Count == 0 ? c.ReceivedAt : c.Events.Max(e => e.At);
        return
        [
            ("service_request_id", c.TrackingNumber),
            ("status", open ? "open" : "closed"),
            ("status_notes", Shown(c.Result ?? lastPublic?.Note)),
            ("service_name", c.Category?.Name),
            ("service_code", c.Category?.Code),
            ("description", Shown(c.Description)),
            ("agency_responsible", c.AssignedUnit?.Name),
            ("service_notice", null),
            ("requested_datetime", Iso(c.ReceivedAt)),
            ("updated_datetime", Iso(updated)),
            ("expected_datetime", c.DueAt is null ? null : Iso(c.DueAt.Value)),
            ("address", c.Village?.Name),
            ("address_id", c.VillageId.ToString()),
            ("zipcode", null),
            ("lat", null),
            ("long", null),
            ("media_url", null),
        ];
    }

    // ISO 8601 with the China offset, as the specification's examples carry an offset.
    private static string Iso(DateTime utc) =>
        new DateTimeOffset(ChinaTime.ToLocal(utc), TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
}
