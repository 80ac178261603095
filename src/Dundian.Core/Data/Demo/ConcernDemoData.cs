using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Microsoft.EntityFrameworkCore;
using F = Dundian.Core.Data.Demo.CampaignDemoFigures;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// The concerns behind 解决实际问题: for the county campaign exactly <see cref="F.ProblemsSolved"/> resolved ones
/// (most raised on a stay and linked to its log, some from the portal and hotline in the liaison villages),
/// plus a few that must not count (open, overdue, reopened, merged, not yet assigned); the township campaign
/// gets two of its own. Every concern goes through the entity's lifecycle, so its history is complete. The
/// field logs keep their own 现场解决 counts as the cadres' notes; the figure is counted from these concerns.
/// Runs after the campaigns and the categories are saved, inside <see cref="DemoData"/>'s transaction.
/// </summary>
internal static class ConcernDemoData
{
    private const int Unlinked = 12;           // portal and hotline concerns among the 66
    private const string Actor = "demo";
    private static readonly DateOnly LastResolution = new(2007, 5, 7); // the seed reported its figures on 5/8

    public static async Task LoadAsync(DundianDbContext db, CancellationToken ct)
    {
        var categories = await db.ConcernCategories.OrderBy(c => c.Id).ToListAsync(ct);
        var builder = new Builder(categories);
        var county = await db.Campaigns.SingleAsync(c => c.Tier == CampaignTier.County, ct);
        var logs = await db.FieldLogs.Where(l => l.CampaignId == county.Id).OrderBy(l => l.StartDate).ThenBy(l => l.Id)
            .Select(l => new { l.Id, l.VillageId, l.StartDate, Town = l.Village!.ParentId }).ToListAsync(ct);
        var perLog = Apportion.Split(F.ProblemsSolved - Unlinked, logs.Select((_, i) => Apportion.Varied(i, 8)).ToList());
        var n = 0;
        for (var i = 0; i < logs.Count; i++)
            for (var j = 0; j < perLog[i]; j++)
                db.Concerns.Add(builder.Resolved(n++, logs[i].VillageId, logs[i].Town!.Value, ConcernSource.FieldVisit,
                    At(logs[i].StartDate, 10 + j), (int)logs[i].Id));

        var villages = await db.LiaisonVillages.Where(l => l.Group!.CampaignId == county.Id).OrderBy(l => l.Group!.SortOrder)
            .Select(l => new { l.VillageId, Town = l.Village!.ParentId }).ToListAsync(ct);
        for (var k = 0; k < Unlinked; k++)
        {
            var v = villages[k % villages.Count];
            db.Concerns.Add(builder.Resolved(n++, v.VillageId, v.Town!.Value, k % 2 == 0 ? ConcernSource.Portal : ConcernSource.Hotline,
                At(county.StartDate.AddDays(3 + 3 * k), 9), null));
        }
        AddUncounted(db, builder, villages[0].VillageId, villages[0].Town!.Value, (int)logs[0].Id, ref n);

        var township = await db.FieldLogs.Where(l => l.Campaign!.Tier == CampaignTier.Township).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.VillageId, l.StartDate, Town = l.Village!.ParentId }).Take(2).ToListAsync(ct);
        foreach (var l in township)
            db.Concerns.Add(builder.Resolved(n++, l.VillageId, l.Town!.Value, ConcernSource.FieldVisit, At(l.StartDate, 15), (int)l.Id));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Open, overdue, reopened, merged and unassigned concerns in the county's first liaison village.</summary>
    private static void AddUncounted(DundianDbContext db, Builder b, int village, int town, int logId, ref int n)
    {
        var day = new DateOnly(2007, 4, 20);
        var overdue = b.New(n++, village, ConcernSource.Hotline, At(day, 9), null);     // assigned, never started: overdue by 5/8
        overdue.Assign(town, 7, At(day, 11), Actor);
        var working = b.New(n++, village, ConcernSource.Portal, At(day.AddDays(12), 9), null);
        working.Assign(town, 15, At(day.AddDays(12), 11), Actor);
        working.Start(At(day.AddDays(13), 9), Actor);
        var reopened = b.New(n++, village, ConcernSource.FieldVisit, At(day.AddDays(2), 10), logId);
        reopened.Assign(town, 15, At(day.AddDays(2), 11), Actor);
        reopened.Start(At(day.AddDays(3), 9), Actor);
        reopened.Resolve("已初步处理", At(day.AddDays(6), 16), Actor);
        reopened.FollowUp(Concerns.Satisfaction.Unsatisfied, "问题仍未根本解决", At(day.AddDays(8), 10), Actor);
        var duplicate = b.New(n++, village, ConcernSource.Portal, At(day.AddDays(13), 8), null);
        duplicate.MergeInto(working, At(day.AddDays(13), 12), Actor);
        var fresh = b.New(n++, village, ConcernSource.Portal, At(day.AddDays(17), 20), null);
        db.Concerns.AddRange(overdue, working, reopened, duplicate, fresh);
    }

    private static DateTime At(DateOnly day, int hour) => ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)));

    /// <summary>Numbers, wording and reporters by the concern's index, so every run builds the same data.</summary>
    private sealed class Builder(List<ConcernCategory> categories)
    {
        public Concern New(int n, int village, ConcernSource source, DateTime receivedUtc, int? logId)
        {
            var category = categories[n * 5 % categories.Count];
            var cases = ConcernDemoCases.ByCategory[category.Code];
            var day = ChinaTime.ToLocal(receivedUtc).ToString("yyyyMMdd");
            // The live format (TrackingNumber: date + 8 digits), the digits scattered from n so every run builds the
            // same numbers and none repeats (48271 is coprime to 10^8).
            var number = day + ((n * 48271L + 12345) % 100_000_000).ToString("D8");
            var concern = Concern.Receive(number, QueryCode.Hash(number, ((n * 7919 + 1234) % 1_000_000).ToString("D6")),
                category, village, cases[n % cases.Length].Concern, source, receivedUtc, Actor);
            concern.ReporterName = ConcernDemoCases.Surnames[n % ConcernDemoCases.Surnames.Length] + "某";
            concern.ReporterPhone = $"1380000{n:D4}";
            concern.FieldLogId = logId;
            return concern;
        }

        /// <summary>Taken through 交办 → 办理 → 办结 and usually 回访; one in eleven is reopened once on the way.</summary>
        public Concern Resolved(int n, int village, int town, ConcernSource source, DateTime receivedUtc, int? logId)
        {
            var c = New(n, village, source, receivedUtc, logId);
            var category = categories.Single(x => x.Id == c.CategoryId);
            var reply = ConcernDemoCases.ByCategory[category.Code][n % ConcernDemoCases.ByCategory[category.Code].Length].Reply;
            c.Assign(town, category.TimeLimitDays, receivedUtc.AddHours(2), Actor);
            c.Start(receivedUtc.AddDays(1), Actor);
            var resolved = Cap(receivedUtc.AddDays(1 + n * 7 % 10).AddHours(3), receivedUtc.AddDays(1).AddHours(2));
            if (n % 11 == 10)
            {
                c.Resolve("已初步处理", resolved.AddDays(-1).AddHours(-1), Actor);
                c.FollowUp(Concerns.Satisfaction.Unsatisfied, "群众希望彻底解决", resolved.AddDays(-1), Actor);
            }
            c.Resolve(reply, resolved, Actor);
            if (n % 5 != 4) // the rest await their 回访
                c.FollowUp(n % 7 == 3 ? Concerns.Satisfaction.BasicallySatisfied : Concerns.Satisfaction.Satisfied, null,
                    Cap(resolved.AddDays(2), resolved.AddHours(1)), Actor);
            return c;
        }

        // Nothing happens after the seed's report day; the fallback keeps the order of steps.
        private static DateTime Cap(DateTime at, DateTime earliest)
        {
            var last = At(LastResolution, 18);
            return at <= last ? at : earliest > last ? earliest : last;
        }
    }
}
