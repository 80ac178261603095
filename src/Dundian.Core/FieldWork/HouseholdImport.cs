using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.FieldWork;

/// <summary>
/// Imports households of the 困难户/民情台账 register and their visits, all or nothing, for an office (its grant's
/// villages only). Natural keys: a household is its village + 户主姓名 + 身份证号 (empty when not given); a visit is
/// its household + 走访日期 + 走访人. A household already registered is not changed (its visits are still added), a
/// visit already recorded is skipped, so the same file twice creates nothing twice. Register visits never change a
/// campaign figure (those are counted from field logs), which the import keeps: no visit is linked to a log.
/// </summary>
public class HouseholdImport(DundianDbContext db, TimeProvider clock)
{
    public static readonly StaffRole[] Roles = [StaffRole.CampaignOffice, StaffRole.SystemAdmin];

    public static readonly IReadOnlyDictionary<string, HardshipKind> Kinds =
        HardshipKindNames.All.ToDictionary(HardshipKindNames.Of, k => k);

    private sealed record Key(int VillageId, string Head, string IdNumber);

    public async Task<ImportResult> ImportAsync(StaffActor actor, IReadOnlyList<ImportRow> rows, CancellationToken ct = default)
    {
        var data = ImportBatch.Filled(rows);
        if (data.Count == 0) return ImportResult.Failed(["工作簿中没有困难户数据。"]);
        var paths = actor.Scope.PathsFor(Roles);
        if (paths.Count == 0) return ImportResult.Failed(["您没有导入困难户台账的权限。"]);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(now));

        var villages = await ImportVillages.LoadAsync(db, data.Select(r => r[HouseholdSheet.Village]), paths, ct);
        var heads = data.Select(r => r[HouseholdSheet.Head]).OfType<string>().Distinct().ToList();
        var registered = (await db.Households.AsNoTracking().Where(h => heads.Contains(h.HeadName))
                .Select(h => new { h.Id, h.VillageId, h.HeadName, h.IdNumber }).ToListAsync(ct))
            .ToDictionary(h => new Key(h.VillageId, h.HeadName, h.IdNumber ?? ""), h => h.Id);
        // A household moved out of the register (移出台账) takes no new visit, as in the register's own form.
        var retired = (await db.Households.AsNoTracking().Where(h => heads.Contains(h.HeadName) && h.RetiredAt != null)
            .Select(h => h.Id).ToListAsync(ct)).ToHashSet();
        var ids = registered.Values.ToList();
        var visits = new ImportKeys<(Key, DateOnly, string)>((await db.HouseholdVisits.AsNoTracking()
                .Where(v => ids.Contains(v.HouseholdId) && v.VisitedOn != null && v.Visitors != null)
                .Select(v => new { v.HouseholdId, v.VisitedOn, v.Visitors }).ToListAsync(ct))
            .Select(v => (registered.First(r => r.Value == v.HouseholdId).Key, v.VisitedOn!.Value, v.Visitors!)));

        var problems = new List<string>();
        var households = new Dictionary<Key, (int Row, Household? New)>();
        var newVisits = new List<(Key Household, HouseholdVisit Visit)>();
        var skipped = 0;
        foreach (var row in data)
        {
            var r = new RowReader(row, problems);
            var village = villages.Find(r, HouseholdSheet.Village);
            var kind = r.Choice(HouseholdSheet.Kind, Kinds, required: false) ?? HardshipKind.Other;
            var input = new HouseholdInput
            {
                HeadName = r[HouseholdSheet.Head], IdNumber = r[HouseholdSheet.IdNumber], Phone = r[HouseholdSheet.Phone], Kind = kind,
                Situation = r[HouseholdSheet.Situation], HelpGiven = r[HouseholdSheet.Help],
            };
            var household = new Household { HeadName = "", CreatedAt = now };
            if (village is not null)
            {
                try
                {
                    HouseholdService.Apply(household, village, input);
                    household.Village = null; // the village row is not ours to write
                }
                catch (ValidationException e) { r.Problem(e.Message + "。"); }
            }
            var visit = Visit(r, today, now, actor.UserId);
            if (r.Failed || village is null) continue;

            var key = new Key(village.Id, household.HeadName, household.IdNumber ?? "");
            if (households.TryGetValue(key, out var earlier))
            {
                if (visit is null) { r.Problem($"与第{earlier.Row}行是同一户(村、户主姓名、身份证号相同)。"); continue; }
            }
            else if (registered.ContainsKey(key)) households[key] = (row.Number, null);
            else households[key] = (row.Number, household);
            if (visit is null)
            {
                if (registered.ContainsKey(key)) skipped++;
                continue;
            }
            if (registered.TryGetValue(key, out var registeredId) && retired.Contains(registeredId))
            {
                r.Problem($"困难户“{household.HeadName}”已移出台账,不能再登记走访。");
                continue;
            }
            if (visits.IsNew(r, (key, visit.VisitedOn!.Value, visit.Visitors!), "次走访(同一户、走访日期、走访人相同)"))
                newVisits.Add((key, visit));
        }
        if (problems.Count > 0) return ImportResult.Failed(problems);

        var added = households.Values.Where(h => h.New is not null).Select(h => h.New!).ToList();
        var created = added.Count + newVisits.Count;
        return await ImportBatch.WriteAsync(db, "批量导入困难户台账", nameof(Household), created, skipped + visits.Skipped, () =>
        {
            db.Households.AddRange(added);
            foreach (var (key, visit) in newVisits)
            {
                if (households[key].New is { } h) visit.Household = h;
                else visit.HouseholdId = registered[key];
                db.HouseholdVisits.Add(visit);
            }
            return Task.CompletedTask;
        }, ct, $"新增困难户 {added.Count} 户、走访记录 {newVisits.Count} 条");
    }

    /// <summary>The row's visit (the register's rules for a visit without a log), or null when the row has none.</summary>
    private static HouseholdVisit? Visit(RowReader r, DateOnly today, DateTime now, string userId)
    {
        var on = r.Date(HouseholdSheet.VisitedOn, required: false);
        var visitors = r.Text(HouseholdSheet.Visitors, 200);
        var notes = r.Text(HouseholdSheet.Notes, 2000);
        var amount = r.Yuan(HouseholdSheet.Consolation, 1_000_000m) ?? 0;
        if (on is null && visitors is null && notes is null && amount == 0) return null;
        if (on is null && r[HouseholdSheet.VisitedOn] is null) r.Problem("填写了走访内容,请填写走访日期。");
        if (visitors is null && r[HouseholdSheet.Visitors] is null) r.Problem("请填写走访人。");
        if (on > today) r.Problem("走访日期不能晚于今天。");
        if (notes is null && amount == 0 && r[HouseholdSheet.Notes] is null) r.Problem("请填写走访情况。");
        if (on is null || visitors is null) return null;
        return new HouseholdVisit
        {
            VisitedOn = on, Visitors = visitors, Notes = notes, ConsolationAmountFen = Money.ToFen(amount), Consoled = amount > 0,
            CreatedAt = now, CreatedByUserId = userId,
        };
    }
}
