using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Projects;
using Dundian.Web.Tests.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Row = System.Collections.Generic.Dictionary<string, object?>;

namespace Dundian.Web.Tests.Org;

/// <summary>
/// The second county's concerns (a 12345 batch), practical projects and development plans, written as Excel files the
/// office would fill in and imported through the same services as the import pages; one imported concern is then
/// handled to 办结 inside the campaign. Returns the figures they must add, computed from the rows here.
/// </summary>
public static class NinghaiWorkbooks
{
    public sealed record Expected(decimal CountedProjects, decimal CountedFundsYuan, decimal Plans, decimal ResolvedConcerns);

    public static async Task<Expected> ImportAsync(IServiceProvider sp, StaffActor office, int campaignId, string group, string village1,
        string village2, CancellationToken ct)
    {
        var db = sp.GetRequiredService<DundianDbContext>();
        var category = await db.ConcernCategories.OrderBy(c => c.Id).FirstAsync(ct);
        var county = await db.OrgUnits.SingleAsync(u => u.DivisionCode == NinghaiDivisions.CountyCode, ct);
        var calls = new[]
        {
            new Row { [ConcernSheet.CallNumber] = "NH12345-0001", [ConcernSheet.ReceivedAt] = "2025-03-15 10:20", [ConcernSheet.Category] = category.Name,
                [ConcernSheet.Village] = village1, [ConcernSheet.Description] = "古镇老街排水沟堵塞,下雨就积水", [ConcernSheet.Unit] = county.Name },
            new Row { [ConcernSheet.CallNumber] = "NH12345-0002", [ConcernSheet.ReceivedAt] = "2025-04-01 08:05", [ConcernSheet.Category] = category.Name,
                [ConcernSheet.Village] = village2, [ConcernSheet.Description] = "村里公交班次太少,老人看病不方便" },
        };
        var projects = new[]
        {
            new Row { [ProjectSheet.Title] = "古镇排水改造", [ProjectSheet.Village] = village1, [ProjectSheet.Group] = group, [ProjectSheet.Status] = "已落实",
                [ProjectSheet.ImplementedOn] = "2025-04-12", [ProjectSheet.Source(1)] = "县财政扶助资金", [ProjectSheet.Amount(1)] = 300000,
                [ProjectSheet.Source(2)] = "村集体自筹", [ProjectSheet.Amount(2)] = 45000.5m },
            new Row { [ProjectSheet.Title] = "山上方村机耕路", [ProjectSheet.Village] = village2, [ProjectSheet.Status] = "已完成",
                [ProjectSheet.ImplementedOn] = "2025-04-20", [ProjectSheet.CompletedOn] = "2025-06-01", [ProjectSheet.Source(1)] = "部门帮扶资金", [ProjectSheet.Amount(1)] = 120000 },
            new Row { [ProjectSheet.Title] = "文化礼堂", [ProjectSheet.Village] = village2, [ProjectSheet.Status] = "计划中",
                [ProjectSheet.Source(1)] = "县财政扶助资金", [ProjectSheet.Amount(1)] = 80000 },
        };
        var plans = new[]
        {
            new Row { [PlanSheet.Title] = "前童古镇旅游发展计划", [PlanSheet.Village] = village1, [PlanSheet.Group] = group, [PlanSheet.AdoptedOn] = "2025-05-06",
                [PlanSheet.Items] = "修缮古民居\n发展民宿 20 家\n培训讲解员" },
            new Row { [PlanSheet.Title] = "高山蔬菜产业计划", [PlanSheet.Village] = village2, [PlanSheet.AdoptedOn] = "2025-05-20", [PlanSheet.Items] = "建设蔬菜基地;成立合作社" },
        };

        var concernResult = await sp.GetRequiredService<ConcernImport>().ImportAsync(office, "宁海县活动办", ImportWorkbook.Rows(
            ImportWorkbook.Bytes("热线诉求", ConcernSheet.Headers, calls)), ct);
        var projectResult = await sp.GetRequiredService<PracticalProjectImport>().ImportAsync(office, campaignId, ImportWorkbook.Rows(
            ImportWorkbook.Bytes("实事项目", ProjectSheet.Headers, projects)), ct);
        var planResult = await sp.GetRequiredService<DevelopmentPlanImport>().ImportAsync(office, campaignId, ImportWorkbook.Rows(
            ImportWorkbook.Bytes("发展计划", PlanSheet.Headers, plans)), ct);
        Assert.True(concernResult.Succeeded && projectResult.Succeeded && planResult.Succeeded,
            string.Join("\n", concernResult.Problems.Concat(projectResult.Problems).Concat(planResult.Problems)));
        Assert.Equal((2, 3, 2), (concernResult.Created, projectResult.Created, planResult.Created));

        // The assigned call is handled to 办结 inside the campaign: 解决实际问题 counts it (a hotline concern in a liaison village).
        var handled = await db.Concerns.SingleAsync(c => c.ExternalNumber == "NH12345-0001", ct);
        var at = ChinaTime.ToUtc(new DateTime(2025, 4, 10, 15, 0, 0));
        handled.Start(at, "宁海县活动办");
        handled.Resolve("已疏通排水沟并加装格栅", at, "宁海县活动办");
        await db.SaveChangesAsync(ct);

        var counted = projects.Where(p => (string)p[ProjectSheet.Status]! != "计划中").ToList();
        var funds = counted.Sum(p => Enumerable.Range(1, ProjectSheet.FundingColumns)
            .Sum(i => p.TryGetValue(ProjectSheet.Amount(i), out var v) ? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) : 0m));
        return new Expected(counted.Count, funds, plans.Length, 1);
    }
}
