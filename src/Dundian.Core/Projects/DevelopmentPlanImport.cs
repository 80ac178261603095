using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.FieldWork;
using Dundian.Core.Data;
using Dundian.Core.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Projects;

/// <summary>
/// Imports a campaign's development plans, all or nothing, through <see cref="DevelopmentPlan.Describe"/> (title,
/// summary, 1–30 items, one a line of the 计划事项 cell). Natural key: campaign + village + 计划名称 — a plan already
/// recorded is skipped (not changed), so the same file twice creates nothing twice.
/// </summary>
public class DevelopmentPlanImport(DundianDbContext db, TimeProvider clock)
{
    private static readonly char[] ItemSeparators = ['\n', '\r', ';', ';'];

    public async Task<ImportResult> ImportAsync(StaffActor actor, int campaignId, IReadOnlyList<ImportRow> rows, CancellationToken ct = default)
    {
        var data = ImportBatch.Filled(rows);
        if (data.Count == 0) return ImportResult.Failed(["工作簿中没有发展计划数据。"]);
        if (!ProjectAccess.MayUse(actor.Scope)) return ImportResult.Failed(["您没有管理发展计划的权限。"]);
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var places = await ImportPlaces.LoadAsync(db, actor.Scope, campaignId, data.Select(r => r[PlanSheet.Village]), ct);
        var keys = new ImportKeys<(int, string)>((await db.DevelopmentPlans.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Select(p => new { p.VillageId, p.Title }).ToListAsync(ct)).Select(p => (p.VillageId, p.Title)));

        var problems = new List<string>();
        var plans = new List<DevelopmentPlan>();
        foreach (var row in data)
        {
            var r = new RowReader(row, problems);
            var place = places.Find(r, PlanSheet.Village, PlanSheet.Group);
            var adopted = r.Date(PlanSheet.AdoptedOn);
            ImportPlaces.CheckNotFuture(r, PlanSheet.AdoptedOn, adopted, today);
            var plan = new DevelopmentPlan { Title = "" };
            try
            {
                if (adopted is not null)
                    plan.Describe(r[PlanSheet.Title], r[PlanSheet.Summary], (r[PlanSheet.Items] ?? "").Split(ItemSeparators), adopted);
            }
            catch (ProjectRuleException e) { r.Problem(e.Message); }
            if (r.Failed || place is null || adopted is null) continue;
            place.ApplyTo(plan);
            if (keys.IsNew(r, (plan.VillageId, plan.Title), "个计划(村、计划名称相同)")) plans.Add(plan);
        }
        if (problems.Count > 0) return ImportResult.Failed(problems);

        return await ImportBatch.WriteAsync(db, "批量导入发展计划", nameof(DevelopmentPlan), plans.Count, keys.Skipped, () =>
        {
            db.DevelopmentPlans.AddRange(plans);
            return Task.CompletedTask;
        }, ct, $"新增发展计划 {plans.Count} 个");
    }
}
