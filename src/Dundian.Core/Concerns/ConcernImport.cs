using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Imports;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Concerns;

/// <summary>
/// Imports a hotline batch (12345 热线工单) as concerns, all or nothing. Each row keeps the hotline's call number
/// (<see cref="Concern.ExternalNumber"/>, the natural key: a number already recorded is skipped, so the same batch
/// twice creates nothing twice) and its own receipt time, from which the tracking number's date and — with a 承办单位 —
/// the due date (交办 at the receipt time, the category's time limit) follow, so 督办 counts from the call. Villages
/// and handling units must lie in the user's concern-intake scope; the text rules are those of the intake form.
/// </summary>
public class ConcernImport(DundianDbContext db, ConcernAccess access, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    /// <summary>Draws a tracking number for the China date; tests replace it to force clashes.</summary>
    public Func<DateOnly, string> NewTrackingNumber { get; set; } = TrackingNumber.New;

    public async Task<ImportResult> ImportAsync(StaffActor actor, string? actorName, IReadOnlyList<ImportRow> rows, CancellationToken ct = default)
    {
        var data = ImportBatch.Filled(rows);
        if (data.Count == 0) return ImportResult.Failed(["工作簿中没有诉求数据。"]);
        var paths = ConcernAccess.Paths(actor.Scope, ConcernAccess.IntakeRoles);
        if (paths.Count == 0) return ImportResult.Failed(["您没有受理诉求的权限。"]);

        var now = clock.GetUtcNow().UtcDateTime;
        // Tracked (a handful of rows): the new concerns refer to them, and a category the context already tracks is reused.
        var categories = await db.ConcernCategories.ToListAsync(ct);
        var byName = categories.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Id);
        var villages = await ImportVillages.LoadAsync(db, data.Select(r => r[ConcernSheet.Village]), paths, ct);
        var units = (await access.UnitsAsync(actor.Scope, ct)).Where(u => ConcernAccess.Covers(actor.Scope, u.Path, ConcernAccess.IntakeRoles)).ToList();
        var numbers = data.Select(r => r[ConcernSheet.CallNumber]).OfType<string>().Distinct().ToList();
        var keys = new ImportKeys<string>(await db.Concerns.AsNoTracking().Where(c => c.ExternalNumber != null && numbers.Contains(c.ExternalNumber))
            .Select(c => c.ExternalNumber!).ToListAsync(ct));

        var problems = new List<string>();
        var planned = new List<Planned>();
        foreach (var row in data)
        {
            var r = new RowReader(row, problems);
            var number = r.Text(ConcernSheet.CallNumber, Concern.MaxExternalNumber, required: true);
            var at = r.ChinaTimeUtc(ConcernSheet.ReceivedAt);
            if (at > now) r.Problem("受理时间不能晚于现在。");
            var categoryId = r.Choice(ConcernSheet.Category, byName);
            var village = villages.Find(r, ConcernSheet.Village);
            var unit = Unit(r, units);
            var submission = new ConcernSubmission(categoryId is null ? "" : categories.First(c => c.Id == categoryId).Code, village?.Id ?? 0,
                r[ConcernSheet.Description] ?? "", r[ConcernSheet.Reporter], r[ConcernSheet.Phone], r[ConcernSheet.Location]);
            try
            {
                ConcernIntake.Validate(submission);
            }
            catch (ConcernInputException e)
            {
                r.Problem(e.Message);
            }
            if (r.Failed || number is null || at is null || categoryId is null || village is null) continue;
            if (!keys.IsNew(r, number, "热线工单(工单号相同)")) continue;
            planned.Add(new Planned(row.Number, number, at.Value, categories.First(c => c.Id == categoryId), village, unit, submission));
        }
        if (problems.Count > 0) return ImportResult.Failed(problems);

        var tracking = await TrackingNumbersAsync(planned, ct);
        return await ImportBatch.WriteAsync(db, "批量导入热线诉求", nameof(Concern), planned.Count, keys.Skipped, () =>
        {
            foreach (var (p, trackingNumber) in planned.Zip(tracking))
            {
                var code = QueryCode.New(); // the caller is answered by the hotline; this code is never shown
                var concern = Concern.ReceiveFromHotline(trackingNumber, QueryCode.Hash(trackingNumber, code), p.Category, p.Village.Id,
                    p.Input.Description, p.Number, p.ReceivedAt, now, actorName);
                concern.ReporterName = p.Input.ReporterName;
                concern.ReporterPhone = p.Input.ReporterPhone;
                concern.Location = p.Input.Location;
                if (p.Unit is { } u) concern.Assign(u.Id, p.Category.TimeLimitDays, p.ReceivedAt, actorName);
                db.Concerns.Add(concern);
            }
            return Task.CompletedTask;
        }, ct);
    }

    private static OrgUnit? Unit(RowReader r, List<OrgUnit> units)
    {
        var name = r[ConcernSheet.Unit];
        if (name is null) return null;
        var named = units.Where(u => u.Name == name).ToList();
        if (named.Count == 1) return named[0];
        r.Problem(named.Count == 0 ? $"承办单位“{name}”不在您的管理范围内。" : $"您的管理范围内有多个“{name}”,请在诉求详情页交办。");
        return null;
    }

    /// <summary>A fresh tracking number per row, dated by its receipt; numbers drawn twice or already taken are drawn
    /// again (a clash left by a concurrent intake makes the save fail as a whole, and nothing is written).</summary>
    private async Task<List<string>> TrackingNumbersAsync(List<Planned> planned, CancellationToken ct)
    {
        var drawn = planned.Select(p => NewTrackingNumber(DateOnly.FromDateTime(Common.ChinaTime.ToLocal(p.ReceivedAt)))).ToList();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var taken = (await db.Concerns.AsNoTracking().Where(c => drawn.Contains(c.TrackingNumber)).Select(c => c.TrackingNumber).ToListAsync(ct)).ToHashSet();
            var used = new HashSet<string>();
            var again = false;
            for (var i = 0; i < drawn.Count; i++)
            {
                if (!taken.Contains(drawn[i]) && used.Add(drawn[i])) continue;
                drawn[i] = NewTrackingNumber(DateOnly.FromDateTime(Common.ChinaTime.ToLocal(planned[i].ReceivedAt)));
                again = true;
            }
            if (!again) return drawn;
        }
        throw new ConcernRuleException("未能生成不重复的查询编号,请重新导入。");
    }

    private sealed record Planned(int Row, string Number, DateTime ReceivedAt, ConcernCategory Category, OrgUnit Village, OrgUnit? Unit,
        ConcernSubmission Input);
}
