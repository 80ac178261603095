using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Projects;

/// <summary>
/// Imports a campaign's practical projects with their funding sources, all or nothing. Each row goes through the
/// project's own rules (<see cref="PracticalProject.Describe"/>, <see cref="PracticalProject.SetFunding"/>,
/// <see cref="PracticalProject.Implement"/>, <see cref="PracticalProject.Complete"/>), so 项目扶助资金 is the sum of the
/// sources and only 已落实/已完成 projects count, exactly as for a typed project. Natural key: campaign + village +
/// 项目名称 — a project already recorded is skipped (not changed), so the same file twice creates nothing twice.
/// </summary>
public class PracticalProjectImport(DundianDbContext db, TimeProvider clock)
{
    public async Task<ImportResult> ImportAsync(StaffActor actor, int campaignId, IReadOnlyList<ImportRow> rows, CancellationToken ct = default)
    {
        var data = ImportBatch.Filled(rows);
        if (data.Count == 0) return ImportResult.Failed(["工作簿中没有实事项目数据。"]);
        if (!ProjectAccess.MayUse(actor.Scope)) return ImportResult.Failed(["您没有管理实事项目的权限。"]);
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var places = await ImportPlaces.LoadAsync(db, actor.Scope, campaignId, data.Select(r => r[ProjectSheet.Village]), ct);
        var keys = new ImportKeys<(int, string)>((await db.PracticalProjects.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Select(p => new { p.VillageId, p.Title }).ToListAsync(ct)).Select(p => (p.VillageId, p.Title)));

        var problems = new List<string>();
        var projects = new List<PracticalProject>();
        foreach (var row in data)
        {
            var r = new RowReader(row, problems);
            var place = places.Find(r, ProjectSheet.Village, ProjectSheet.Group);
            var status = r.Choice(ProjectSheet.Status, ProjectSheet.Statuses, required: false) ?? ProjectStatus.Planned;
            var implemented = r.Date(ProjectSheet.ImplementedOn, required: false);
            var completed = r.Date(ProjectSheet.CompletedOn, required: false);
            ImportPlaces.CheckNotFuture(r, ProjectSheet.ImplementedOn, implemented, today);
            ImportPlaces.CheckNotFuture(r, ProjectSheet.CompletedOn, completed, today);
            var budget = r.Yuan(ProjectSheet.Budget, 10_000_000_000m) ?? 0;
            var funding = Enumerable.Range(1, ProjectSheet.FundingColumns)
                .Select(i => (r[ProjectSheet.Source(i)], r.Yuan(ProjectSheet.Amount(i), 10_000_000_000m))).ToList();
            // A date already refused is not refused again by the status rules.
            var badDates = (implemented is null && r[ProjectSheet.ImplementedOn] is not null) || (completed is null && r[ProjectSheet.CompletedOn] is not null);
            var project = new PracticalProject { Title = "" };
            try
            {
                project.Describe(r[ProjectSheet.Title], r[ProjectSheet.Description], budget);
                project.SetFunding(funding);
                if (!badDates) Advance(r, project, status, implemented, completed);
            }
            catch (ProjectRuleException e) { r.Problem(e.Message); }
            if (r.Failed || place is null) continue;
            place.ApplyTo(project);
            if (keys.IsNew(r, (project.VillageId, project.Title), "个项目(村、项目名称相同)")) projects.Add(project);
        }
        if (problems.Count > 0) return ImportResult.Failed(problems);

        return await ImportBatch.WriteAsync(db, "批量导入实事项目", nameof(PracticalProject), projects.Count, keys.Skipped, () =>
        {
            db.PracticalProjects.AddRange(projects);
            return Task.CompletedTask;
        }, ct, $"新增实事项目 {projects.Count} 件(资金来源 {projects.Sum(p => p.Funding.Count)} 项)");
    }

    /// <summary>Brings the project to the row's status through its own steps (落实, then 完成).</summary>
    private static void Advance(RowReader r, PracticalProject project, ProjectStatus status, DateOnly? implemented, DateOnly? completed)
    {
        if (status is ProjectStatus.Implemented or ProjectStatus.Completed) project.Implement(implemented);
        else if (implemented is not null || completed is not null) r.Problem("“计划中”的项目不填落实日期和完成日期。");
        if (status == ProjectStatus.Completed) project.Complete(completed);
        else if (completed is not null && status != ProjectStatus.Planned) r.Problem("只有“已完成”的项目填写完成日期。");
    }
}
