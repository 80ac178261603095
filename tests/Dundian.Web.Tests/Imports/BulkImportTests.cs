using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Concerns;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Core.Projects;
using Dundian.Core.Statistics;
using Dundian.Documents;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Row = System.Collections.Generic.Dictionary<string, object?>;

namespace Dundian.Web.Tests.Imports;

/// <summary>
/// The Excel imports of hotline concerns, households and visits, practical projects and development plans, through
/// their pages in the demo county: templates with drop-downs, good files whose records and figures (read by the
/// dashboard's <see cref="StatisticsService"/>) are exactly what the file says, the same file again creating nothing,
/// and bad rows (unknown village, village outside the user's scope, group not in the campaign, bad date, duplicated
/// row) listed by Excel row in Chinese with nothing written.
/// </summary>
public abstract class BulkImportTests(DundianApp app)
{
    [Theory]
    [InlineData("/manage/concerns/import?handler=Template", "热线诉求", ConcernSheet.Category)]
    [InlineData("/manage/households/import?handler=Template", "困难户走访", HouseholdSheet.Kind)]
    [InlineData("/manage/projects/import?handler=Template&campaignId={id}", "实事项目", ProjectSheet.Status)]
    [InlineData("/manage/plans/import?handler=Template&campaignId={id}", "发展计划", PlanSheet.Village)]
    public async Task Each_template_has_its_headers_drop_downs_and_an_example_that_cannot_be_imported(string url, string sheet, string listed)
    {
        var (client, _) = await app.SignInOfficeAsync();
        var response = await client.GetAsync(url.Replace("{id}", (await app.CountyCampaignIdAsync()).ToString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Empty(XlsxReader.Read(new MemoryStream(bytes), "模板.xlsx"));
        var names = MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(bytes));
        Assert.Equal([sheet, "填写示例", XlsxTemplate.ChoicesSheet], names);
        var choices = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: XlsxTemplate.ChoicesSheet,
            excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(choices.Select(c => c[listed]).OfType<object>());
        var example = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "填写示例",
            excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object?>>().Single();
        Assert.Contains(example[listed]?.ToString(), choices.Select(c => c[listed]?.ToString()));
    }

    [Fact]
    public async Task A_hotline_batch_keeps_call_numbers_and_times_and_the_same_batch_twice_creates_nothing()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var (villages, category, town) = await app.DbAsync(async db =>
        {
            var county = await db.OrgUnits.SingleAsync(u => u.Name == "象山县");
            var names = await UniqueVillagesAsync(db, county.Path, 2);
            return (names, await db.ConcernCategories.OrderBy(c => c.Id).FirstAsync(), "石浦镇");
        });
        var batch = Guid.NewGuid().ToString("N")[..8];
        var rows = new[]
        {
            new Row { [ConcernSheet.CallNumber] = $"12345-{batch}-1", [ConcernSheet.ReceivedAt] = "2007-04-02 09:30", [ConcernSheet.Category] = category.Name,
                [ConcernSheet.Village] = villages[0], [ConcernSheet.Description] = "村口路灯坏了一个多月,晚上出行不便", [ConcernSheet.Phone] = "13812345678" },
            new Row { [ConcernSheet.CallNumber] = $"12345-{batch}-2", [ConcernSheet.ReceivedAt] = "2007/4/15 16:05", [ConcernSheet.Category] = category.Name,
                [ConcernSheet.Village] = villages[1], [ConcernSheet.Description] = "码头附近垃圾无人清运,气味很大", [ConcernSheet.Unit] = town },
        };
        var file = ImportWorkbook.Bytes("热线诉求", ConcernSheet.Headers, rows);
        var solvedBefore = await FigureAsync(IndicatorKeys.ProblemsSolved);
        var auditsBefore = await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "批量导入热线诉求"));
        var rowAuditsBefore = await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Concern)));

        var response = await client.PostMultipartAsync("/manage/concerns/import", new Dictionary<string, string>(), ("Upload", "热线.xlsx", file));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var imported = await app.DbAsync(db => db.Concerns.AsNoTracking().Where(c => c.ExternalNumber!.StartsWith($"12345-{batch}-"))
            .OrderBy(c => c.ExternalNumber).ToListAsync());
        Assert.Equal(2, imported.Count);
        Assert.All(imported, c => Assert.Equal(ConcernSource.Hotline, c.Source));
        Assert.Equal(ChinaTime.ToUtc(new DateTime(2007, 4, 2, 9, 30, 0)), imported[0].ReceivedAt);
        Assert.StartsWith("20070402", imported[0].TrackingNumber);
        Assert.Equal((ConcernStatus.Received, (DateTime?)null), (imported[0].Status, imported[0].DueAt));
        // Assigned at the call's time: the due date, and so 督办, follow the hotline's receipt, not the import day.
        var received = ChinaTime.ToUtc(new DateTime(2007, 4, 15, 16, 5, 0));
        Assert.StartsWith("20070415", imported[1].TrackingNumber);
        Assert.Equal((ConcernStatus.Assigned, received.AddDays(category.TimeLimitDays)), (imported[1].Status, imported[1].DueAt!.Value));
        await app.WithScopeAsync(sp => sp.GetRequiredService<ConcernEscalation>().EscalateOverdueAsync());
        Assert.Equal(ConcernEscalation.MaxLevel, await app.DbAsync(db => db.Concerns.Where(c => c.Id == imported[1].Id).Select(c => c.EscalationLevel).SingleAsync()));
        Assert.Equal(auditsBefore + 1, await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "批量导入热线诉求")));
        Assert.True(await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Concern))) >= rowAuditsBefore + 2);
        Assert.Equal(solvedBefore, await FigureAsync(IndicatorKeys.ProblemsSolved)); // received, not resolved

        var again = await client.PostMultipartAsync("/manage/concerns/import", new Dictionary<string, string>(), ("Upload", "热线.xlsx", file));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, await app.DbAsync(db => db.Concerns.CountAsync(c => c.ExternalNumber!.StartsWith($"12345-{batch}-"))));
        Assert.Contains("另有2行已登记过,未重复导入", await (await client.GetAsync("/manage/concerns/import")).TextAsync());
    }

    [Fact]
    public async Task Bad_hotline_rows_are_listed_in_chinese_and_nothing_is_written()
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(StaffRole.HotlineOperator, "石浦镇");
        var (mine, other, category) = await app.DbAsync(async db =>
        {
            var shipu = await db.OrgUnits.SingleAsync(u => u.Name == "石浦镇");
            var county = await db.OrgUnits.SingleAsync(u => u.Name == "象山县");
            var outside = (await UniqueVillagesAsync(db, county.Path, 50)).First(n => !db.OrgUnits.Any(u => u.Name == n && u.Path.StartsWith(shipu.Path)));
            return ((await UniqueVillagesAsync(db, shipu.Path, 1))[0], outside, (await db.ConcernCategories.FirstAsync()).Name);
        });
        var batch = Guid.NewGuid().ToString("N")[..8];
        Row Call(string n, string at, string village) => new()
        {
            [ConcernSheet.CallNumber] = $"B-{batch}-{n}", [ConcernSheet.ReceivedAt] = at, [ConcernSheet.Category] = category,
            [ConcernSheet.Village] = village, [ConcernSheet.Description] = "道路破损严重,雨天积水",
        };
        var file = ImportWorkbook.Bytes("热线诉求", ConcernSheet.Headers,
        [
            Call("1", "2007-04-02 09:30", mine),
            Call("2", "2007-04-02 09:30", "查无此村"),
            Call("3", "2007-04-02 09:30", other),
            Call("4", "2007-02-30 09:30", mine),
            Call("1", "2007-04-03 10:00", mine),
        ]);
        var before = await app.DbAsync(db => db.Concerns.CountAsync());
        var audits = await app.DbAsync(db => db.AuditEntries.CountAsync());

        var response = await client.PostMultipartAsync("/manage/concerns/import", new Dictionary<string, string>(), ("Upload", "热线.xlsx", file));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = await ProblemsAsync(response);
        Assert.Equal(4, problems.Count);
        Assert.StartsWith("第3行:没有名为“查无此村”的村(社区)", problems[0]);
        Assert.StartsWith($"第4行:“{other}”不在您的管理范围内", problems[1]);
        Assert.StartsWith("第5行:受理时间“2007-02-30 09:30”不是有效的日期时间", problems[2]);
        Assert.StartsWith("第6行:与第2行是同一热线工单", problems[3]);
        Assert.Equal(before, await app.DbAsync(db => db.Concerns.CountAsync()));
        Assert.Equal(audits, await app.DbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Households_and_visits_are_imported_once_and_leave_the_figures_unchanged()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var village = await app.DbAsync(async db => (await UniqueVillagesAsync(db, (await db.OrgUnits.SingleAsync(u => u.Name == "象山县")).Path, 1))[0]);
        var head = "导入户" + Guid.NewGuid().ToString("N")[..6];
        var rows = new[]
        {
            new Row { [HouseholdSheet.Village] = village, [HouseholdSheet.Head] = head, [HouseholdSheet.Kind] = "因病致困", [HouseholdSheet.VisitedOn] = "2007-04-03",
                [HouseholdSheet.Visitors] = "张三", [HouseholdSheet.Notes] = "走访了解情况", [HouseholdSheet.Consolation] = 500 },
            new Row { [HouseholdSheet.Village] = village, [HouseholdSheet.Head] = head, [HouseholdSheet.VisitedOn] = "2007-05-08", [HouseholdSheet.Visitors] = "李四",
                [HouseholdSheet.Consolation] = 300.5m },
            new Row { [HouseholdSheet.Village] = village, [HouseholdSheet.Head] = head + "乙", [HouseholdSheet.Kind] = "孤寡老人" },
        };
        var file = ImportWorkbook.Bytes("困难户走访", HouseholdSheet.Headers, rows);
        var figures = await FiguresAsync();

        var response = await client.PostMultipartAsync("/manage/households/import", new Dictionary<string, string>(), ("Upload", "台账.xlsx", file));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var households = await app.DbAsync(db => db.Households.AsNoTracking().Include(h => h.Visits).Where(h => h.HeadName.StartsWith(head))
            .OrderBy(h => h.HeadName).ToListAsync());
        Assert.Equal([(head, HardshipKind.Illness, 2), (head + "乙", HardshipKind.LoneElderly, 0)],
            households.Select(h => (h.HeadName, h.Kind, h.Visits.Count)));
        Assert.Equal(Money.ToFen(500m + 300.5m), households[0].Visits.Sum(v => v.ConsolationAmountFen));
        Assert.Equal(figures, await FiguresAsync()); // register visits are not field logs: no figure moves

        var again = await client.PostMultipartAsync("/manage/households/import", new Dictionary<string, string>(), ("Upload", "台账.xlsx", file));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, await app.DbAsync(db => db.HouseholdVisits.CountAsync(v => v.Household!.HeadName.StartsWith(head))));
        Assert.Equal(2, await app.DbAsync(db => db.Households.CountAsync(h => h.HeadName.StartsWith(head))));
        Assert.Contains("另有3行已登记过", await (await client.GetAsync("/manage/households/import")).TextAsync());

        // A household moved out of the register (移出台账) takes no new visit from a file either.
        await app.DbAsync(async db =>
        {
            (await db.Households.SingleAsync(h => h.HeadName == head)).Retire("已脱困", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var late = ImportWorkbook.Bytes("困难户走访", HouseholdSheet.Headers, [new Row { [HouseholdSheet.Village] = village,
            [HouseholdSheet.Head] = head, [HouseholdSheet.VisitedOn] = "2007-05-20", [HouseholdSheet.Visitors] = "王五",
            [HouseholdSheet.Notes] = "回访" }]);
        var refused = await client.PostMultipartAsync("/manage/households/import", new Dictionary<string, string>(), ("Upload", "台账.xlsx", late));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("已移出台账,不能再登记走访", Html.Squash(await refused.TextAsync()));
        Assert.Equal(2, await app.DbAsync(db => db.HouseholdVisits.CountAsync(v => v.Household!.HeadName.StartsWith(head))));
    }

    [Fact]
    public async Task Bad_household_rows_are_listed_in_chinese_and_nothing_is_written()
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, "石浦镇");
        var (mine, other) = await app.DbAsync(async db =>
        {
            var shipu = await db.OrgUnits.SingleAsync(u => u.Name == "石浦镇");
            var county = await db.OrgUnits.SingleAsync(u => u.Name == "象山县");
            var outside = (await UniqueVillagesAsync(db, county.Path, 50)).First(n => !db.OrgUnits.Any(u => u.Name == n && u.Path.StartsWith(shipu.Path)));
            return ((await UniqueVillagesAsync(db, shipu.Path, 1))[0], outside);
        });
        Row Visit(string village, string day, string visitors = "张三") => new()
        {
            [HouseholdSheet.Village] = village, [HouseholdSheet.Head] = "坏行户", [HouseholdSheet.VisitedOn] = day, [HouseholdSheet.Visitors] = visitors,
            [HouseholdSheet.Notes] = "走访",
        };
        var file = ImportWorkbook.Bytes("困难户走访", HouseholdSheet.Headers,
            [Visit(mine, "2007-04-03"), Visit("查无此村", "2007-04-03"), Visit(other, "2007-04-03"), Visit(mine, "2007-04-31"), Visit(mine, "2007-04-03")]);
        var before = await app.DbAsync(db => db.Households.CountAsync());

        var response = await client.PostMultipartAsync("/manage/households/import", new Dictionary<string, string>(), ("Upload", "台账.xlsx", file));
        var problems = await ProblemsAsync(response);
        Assert.Equal(4, problems.Count);
        Assert.StartsWith("第3行:没有名为“查无此村”的村(社区)", problems[0]);
        Assert.StartsWith($"第4行:“{other}”不在您的管理范围内", problems[1]);
        Assert.StartsWith("第5行:走访日期“2007-04-31”不是有效日期", problems[2]);
        Assert.StartsWith("第6行:与第2行是同一次走访", problems[3]);
        Assert.Equal(before, await app.DbAsync(db => db.Households.CountAsync()));
    }

    [Fact]
    public async Task Projects_with_funding_sources_and_plans_move_the_figures_by_exactly_the_files_totals_once()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var (villages, group) = await app.DbAsync(async db =>
        {
            var county = await db.OrgUnits.SingleAsync(u => u.Name == "象山县");
            return (await UniqueVillagesAsync(db, county.Path, 2), await db.ResearchGroups.Where(g => g.CampaignId == id).OrderBy(g => g.Id).Select(g => g.Name).FirstAsync());
        });
        var tag = Guid.NewGuid().ToString("N")[..6];
        var projects = new[]
        {
            new Row { [ProjectSheet.Title] = $"路灯{tag}", [ProjectSheet.Village] = villages[0], [ProjectSheet.Group] = group, [ProjectSheet.Status] = "已落实",
                [ProjectSheet.ImplementedOn] = "2007-04-20", [ProjectSheet.Source(1)] = "县财政扶助资金", [ProjectSheet.Amount(1)] = 80000,
                [ProjectSheet.Source(2)] = "村集体自筹", [ProjectSheet.Amount(2)] = 12345.67m },
            new Row { [ProjectSheet.Title] = $"码头{tag}", [ProjectSheet.Village] = villages[1], [ProjectSheet.Status] = "已完成",
                [ProjectSheet.ImplementedOn] = "2007-04-05", [ProjectSheet.CompletedOn] = "2007-05-01", [ProjectSheet.Source(1)] = "部门帮扶", [ProjectSheet.Amount(1)] = 50000 },
            new Row { [ProjectSheet.Title] = $"计划中{tag}", [ProjectSheet.Village] = villages[1], [ProjectSheet.Source(1)] = "县财政扶助资金", [ProjectSheet.Amount(1)] = 9999 },
        };
        var plans = new[]
        {
            new Row { [PlanSheet.Title] = $"三年计划{tag}", [PlanSheet.Village] = villages[0], [PlanSheet.Group] = group, [PlanSheet.AdoptedOn] = "2007-04-10",
                [PlanSheet.Items] = "发展渔家乐\n修建机耕路" },
            new Row { [PlanSheet.Title] = $"产业计划{tag}", [PlanSheet.Village] = villages[1], [PlanSheet.AdoptedOn] = "2007-05-02", [PlanSheet.Items] = "来料加工;养殖" },
        };
        // Expected, from the rows: only 已落实/已完成 projects count, with the sum of their sources.
        var counted = projects.Where(p => p.ContainsKey(ProjectSheet.ImplementedOn)).ToList();
        var funds = counted.Sum(p => Enumerable.Range(1, 3).Sum(i => p.TryGetValue(ProjectSheet.Amount(i), out var v) ? Convert.ToDecimal(v) : 0m));
        var before = await FiguresAsync();

        var projectFile = ImportWorkbook.Bytes("实事项目", ProjectSheet.Headers, projects);
        var planFile = ImportWorkbook.Bytes("发展计划", PlanSheet.Headers, plans);
        foreach (var _ in new[] { 1, 2 })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostMultipartAsync($"/manage/projects/import?campaignId={id}", new Dictionary<string, string>(),
                ("Upload", "项目.xlsx", projectFile))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostMultipartAsync($"/manage/plans/import?campaignId={id}", new Dictionary<string, string>(),
                ("Upload", "计划.xlsx", planFile))).StatusCode);
            var after = await FiguresAsync();
            Assert.Equal(before[IndicatorKeys.PracticalProjects] + counted.Count, after[IndicatorKeys.PracticalProjects]);
            Assert.Equal(before[IndicatorKeys.ProjectFunds] + funds, after[IndicatorKeys.ProjectFunds]);
            Assert.Equal(before[IndicatorKeys.DevelopmentPlans] + plans.Length, after[IndicatorKeys.DevelopmentPlans]);
            foreach (var key in before.Keys.Except([IndicatorKeys.PracticalProjects, IndicatorKeys.ProjectFunds, IndicatorKeys.DevelopmentPlans]))
                Assert.Equal(before[key], after[key]);
        }
        var stored = await app.DbAsync(db => db.PracticalProjects.Include(p => p.Funding).Where(p => p.Title.EndsWith(tag)).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.Equal(4, stored.Sum(p => p.Funding.Count));
        Assert.Equal(["发展渔家乐", "修建机耕路"], await app.DbAsync(db => db.DevelopmentPlans.Where(p => p.Title == $"三年计划{tag}")
            .SelectMany(p => p.Items.OrderBy(i => i.SortOrder).Select(i => i.Text)).ToListAsync()));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "批量导入实事项目")));
    }

    [Fact]
    public async Task Bad_project_and_plan_rows_are_listed_in_chinese_and_nothing_is_written()
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, "石浦镇");
        var id = await app.CountyCampaignIdAsync();
        var (mine, other) = await app.DbAsync(async db =>
        {
            var shipu = await db.OrgUnits.SingleAsync(u => u.Name == "石浦镇");
            var county = await db.OrgUnits.SingleAsync(u => u.Name == "象山县");
            var outside = (await UniqueVillagesAsync(db, county.Path, 50)).First(n => !db.OrgUnits.Any(u => u.Name == n && u.Path.StartsWith(shipu.Path)));
            return ((await UniqueVillagesAsync(db, shipu.Path, 1))[0], outside);
        });
        Row Project(string title, string village, string? group = null, string? day = "2007-04-20") => new()
        {
            [ProjectSheet.Title] = title, [ProjectSheet.Village] = village, [ProjectSheet.Group] = group, [ProjectSheet.Status] = "已落实",
            [ProjectSheet.ImplementedOn] = day, [ProjectSheet.Source(1)] = "县财政", [ProjectSheet.Amount(1)] = 100,
        };
        var file = ImportWorkbook.Bytes("实事项目", ProjectSheet.Headers,
            [Project("好项目", mine), Project("甲", "查无此村"), Project("乙", other), Project("丙", mine, "不存在的组"), Project("丁", mine, day: "2007-4-31"), Project("好项目", mine)]);
        var before = await app.DbAsync(db => db.PracticalProjects.CountAsync());
        var response = await client.PostMultipartAsync($"/manage/projects/import?campaignId={id}", new Dictionary<string, string>(), ("Upload", "项目.xlsx", file));
        var problems = await ProblemsAsync(response);
        Assert.Equal(5, problems.Count);
        Assert.StartsWith("第3行:没有名为“查无此村”的村(社区)", problems[0]);
        Assert.StartsWith($"第4行:“{other}”不在您的管理范围内", problems[1]);
        Assert.StartsWith("第5行:调研组“不存在的组”不属于本活动", problems[2]);
        Assert.StartsWith("第6行:落实日期“2007-4-31”不是有效日期", problems[3]);
        Assert.StartsWith("第7行:与第2行是同一个项目", problems[4]);
        Assert.Equal(before, await app.DbAsync(db => db.PracticalProjects.CountAsync()));

        var plans = ImportWorkbook.Bytes("发展计划", PlanSheet.Headers,
        [
            new Row { [PlanSheet.Title] = "计划", [PlanSheet.Village] = mine, [PlanSheet.AdoptedOn] = "2007-04-10", [PlanSheet.Items] = "一" },
            new Row { [PlanSheet.Title] = "计划", [PlanSheet.Village] = mine, [PlanSheet.AdoptedOn] = "明天", [PlanSheet.Items] = "一" },
            new Row { [PlanSheet.Title] = "无事项", [PlanSheet.Village] = mine, [PlanSheet.AdoptedOn] = "2007-04-10" },
        ]);
        var planCount = await app.DbAsync(db => db.DevelopmentPlans.CountAsync());
        problems = await ProblemsAsync(await client.PostMultipartAsync($"/manage/plans/import?campaignId={id}", new Dictionary<string, string>(), ("Upload", "计划.xlsx", plans)));
        Assert.Equal(["第3行:制定日期“明天”不是有效日期,请按 2007-04-02 的格式填写。", "第4行:请至少填写一条计划事项。"], problems);
        Assert.Equal(planCount, await app.DbAsync(db => db.DevelopmentPlans.CountAsync()));
    }

    [Fact]
    public async Task A_cadre_cannot_import_concerns_projects_or_households()
    {
        var (cadre, _) = await app.SignInFromOwnAddressAsync(StaffRole.Cadre, "象山县");
        foreach (var url in new[] { "/manage/concerns/import", "/manage/households/import?handler=Template", "/manage/projects/import", "/manage/plans/import" })
            Assert.StartsWith("/account/access-denied", (await cadre.GetAsync(url)).RedirectTarget());
    }

    /// <summary>Names of villages under <paramref name="path"/> that no other village anywhere shares, in tree order.</summary>
    private static async Task<List<string>> UniqueVillagesAsync(DundianDbContext db, string path, int count)
    {
        var names = await db.OrgUnits.Where(u => u.Level == OrgLevel.Village && u.ValidTo == null && u.Path.StartsWith(path))
            .Where(u => db.OrgUnits.Count(o => o.Level == OrgLevel.Village && o.Name == u.Name) == 1)
            .OrderBy(u => u.Path).Select(u => u.Name).Take(count).ToListAsync();
        Assert.Equal(count, names.Count);
        return names;
    }

    private static async Task<List<string>> ProblemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Html.ParseAsync(response)).QuerySelectorAll(".import-problems li").Select(li => li.TextContent).ToList();
    }

    /// <summary>The county campaign's figures as the dashboard computes them.</summary>
    private async Task<Dictionary<string, decimal>> FiguresAsync()
    {
        var id = await app.CountyCampaignIdAsync();
        return await app.WithScopeAsync(async sp => (await sp.GetRequiredService<StatisticsService>()
            .ComputeAsync(new IndicatorFilter { CampaignId = id })).ToDictionary(v => v.Key, v => v.Value));
    }

    private async Task<decimal> FigureAsync(string key) => (await FiguresAsync())[key];
}

public sealed class BulkImportTestsOnSqlite(SqliteApp app) : BulkImportTests(app), IClassFixture<SqliteApp>;
public sealed class BulkImportTestsOnPostgres(PostgresApp app) : BulkImportTests(app), IClassFixture<PostgresApp>;
