using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Org;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Org;

/// <summary>
/// A second county set up as a province's IT staff would: 宁海县 imported with the <c>import-org-units</c> command
/// (attached under the demo's 宁波市 by its code), imported again without any change, read back through the public
/// API, then a campaign there with a group, liaison villages, field logs, and concerns (a hotline batch), practical
/// projects and development plans imported from Excel (<see cref="NinghaiWorkbooks"/>), whose figures match what was entered.
/// Bad files (duplicated code, child before parent, wrong length) get per-row Chinese messages and write nothing.
/// </summary>
public abstract class DivisionImportCommandTests(DundianApp app) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("divisions-").FullName;

    [Fact]
    public async Task A_second_county_is_imported_by_command_once_and_hosts_a_campaign_whose_figures_add_up()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = Write("宁海县.csv", NinghaiDivisions.Csv());

        var (code, output, errors) = await RunAsync(file, "--valid-from", "2020-01-01");
        Assert.True(code == 0, errors);
        Assert.Contains($"新增 {NinghaiDivisions.UnitCount} 个", output);

        var (county, city, towns, villages) = await app.DbAsync(async db =>
        {
            var c = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.DivisionCode == NinghaiDivisions.CountyCode, ct);
            return (c, await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == c.ParentId, ct),
                await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == c.Id).ToListAsync(ct),
                await db.OrgUnits.AsNoTracking().Where(u => u.Level == OrgLevel.Village && u.Path.StartsWith(c.Path)).ToListAsync(ct));
        });
        Assert.Equal(("宁海县", OrgLevel.County, "330200000000", "宁波市"), (county.Name, county.Level, city.DivisionCode, city.Name));
        Assert.Equal(NinghaiDivisions.Towns.Select(t => (t.Code, t.Name)).Order(), towns.Select(t => (t.DivisionCode!, t.Name)).Order());
        Assert.All(towns, t => Assert.Equal(OrgLevel.Town, t.Level));
        var shangfang = Assert.Single(villages, v => v.DivisionCode == "330226104201");
        Assert.Equal(("山上方村", "220"), (shangfang.Name, shangfang.RuralUrbanCode));
        Assert.StartsWith(towns.Single(t => t.Name == "一市镇").Path, shangfang.Path);
        Assert.Equal(new DateOnly(2020, 1, 1), shangfang.ValidFrom);

        // Again: nothing added, nothing changed, no audit entry.
        var snapshot = await SnapshotAsync();
        (code, output, errors) = await RunAsync(file, "--valid-from", "2024-06-01");
        Assert.True(code == 0, errors);
        Assert.Contains($"新增 0 个, 更正 0 个, 未变 {NinghaiDivisions.UnitCount} 个", output);
        Assert.Equal(snapshot, await SnapshotAsync());

        // The public API lists the county and everything under it, by code.
        var api = app.CreateClient();
        var units = await api.GetFromJsonAsync<List<OrgUnitApi.OrgUnitItem>>($"/api/org-units?under={NinghaiDivisions.CountyCode}", Json, ct);
        Assert.Equal(NinghaiDivisions.UnitCount, units!.Count);
        Assert.Equal(new OrgUnitApi.OrgUnitItem(NinghaiDivisions.CountyCode, "宁海县", "County", "330200000000", new DateOnly(2020, 1, 1), null, null), units[0]);
        Assert.Contains(units, u => u is { Code: "330226104201", ParentCode: "330226104000", Level: "Village" });

        // A campaign in the new county: one group stationed in two of its villages, two stays recorded by the office.
        var (campaignId, expected) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DundianDbContext>();
            var qiantong = villages.Single(v => v.Name == "前童村");
            var campaign = new Campaign
            {
                Name = "宁海县领导干部蹲点调研活动", Theme = "联镇带村谋发展,蹲点联系办实事", Tier = CampaignTier.County, OrgUnitId = county.Id,
                StartDate = new DateOnly(2025, 3, 1), EndDate = new DateOnly(2025, 6, 30),
            };
            var leader = new Participant { Campaign = campaign, Name = "宁海组长", Category = ParticipantCategory.CountyLeadership };
            var group = new ResearchGroup { Campaign = campaign, Name = "第一调研组" };
            group.Members.Add(leader);
            foreach (var v in new[] { qiantong, shangfang })
                group.LiaisonVillages.Add(new LiaisonVillage { VillageId = v.Id, FromDate = campaign.StartDate, ToDate = campaign.EndDate });
            db.ResearchGroups.Add(group);
            await db.SaveChangesAsync(ct);
            group.LeaderId = leader.Id;
            await db.SaveChangesAsync(ct);

            var office = new StaffActor("ninghai-office", new StaffScope([(StaffRole.CampaignOffice, county.Path)]));
            var service = sp.GetRequiredService<FieldLogService>();
            var stays = new[]
            {
                new FieldLogInput { ParticipantId = leader.Id, VillageId = qiantong.Id, StartDate = new(2025, 3, 10), EndDate = new(2025, 3, 12),
                    HouseholdsVisited = 9, Symposiums = 1, Talks = 14, ConsolationHouseholds = 2, ConsolationAmountYuan = 1000m },
                new FieldLogInput { ParticipantId = leader.Id, VillageId = shangfang.Id, StartDate = new(2025, 4, 2), EndDate = new(2025, 4, 3),
                    HouseholdsVisited = 5, Symposiums = 2, Talks = 6, PolicyTalks = 1 },
            };
            office = office with { UserId = (await db.Users.FirstAsync(ct)).Id };
            foreach (var s in stays) await service.RecordAsync(office, s, ct);
            var fromExcel = await NinghaiWorkbooks.ImportAsync(sp, office, campaign.Id, group.Name, qiantong.Name, shangfang.Name, ct);
            var totals = new Dictionary<string, decimal>
            {
                [IndicatorKeys.HouseholdsVisited] = stays.Sum(s => s.HouseholdsVisited),
                [IndicatorKeys.Symposiums] = stays.Sum(s => s.Symposiums),
                [IndicatorKeys.Talks] = stays.Sum(s => s.Talks),
                [IndicatorKeys.ConsolationHouseholds] = stays.Sum(s => s.ConsolationHouseholds),
                [IndicatorKeys.PolicyTalks] = stays.Sum(s => s.PolicyTalks),
                [IndicatorKeys.StationedDays] = stays.Sum(s => s.EndDate.DayNumber - s.StartDate.DayNumber + 1),
                [IndicatorKeys.Groups] = 1,
                [IndicatorKeys.LiaisonVillages] = 2,
                [IndicatorKeys.Participants] = 1,
                [IndicatorKeys.PracticalProjects] = fromExcel.CountedProjects,
                [IndicatorKeys.ProjectFunds] = fromExcel.CountedFundsYuan,
                [IndicatorKeys.DevelopmentPlans] = fromExcel.Plans,
                [IndicatorKeys.ProblemsSolved] = fromExcel.ResolvedConcerns,
            };
            return (campaign.Id, totals);
        });
        await app.WithScopeAsync(async sp =>
        {
            var stats = sp.GetRequiredService<StatisticsService>();
            foreach (var filter in new[]
            {
                new IndicatorFilter { CampaignId = campaignId },
                new IndicatorFilter { CampaignId = campaignId, OrgUnitId = county.Id },
                new IndicatorFilter { OrgUnitId = county.Id },
                new IndicatorFilter { CampaignId = campaignId, From = new(2025, 3, 1), To = new(2025, 6, 30) },
            })
            {
                var values = (await stats.ComputeAsync(filter, ct)).ToDictionary(v => v.Key, v => v.Value);
                foreach (var (key, value) in expected) Assert.True(value == values[key], $"{key}: expected {value}, got {values[key]} for {filter}");
            }
            // The demo county's figures are untouched by the new county's records.
            var xiangshan = await sp.GetRequiredService<DundianDbContext>().OrgUnits.SingleAsync(u => u.DivisionCode == "330225000000", ct);
            Assert.Equal(0m, (await stats.ComputeAsync(IndicatorKeys.HouseholdsVisited, new IndicatorFilter { CampaignId = campaignId, OrgUnitId = xiangshan.Id }, ct)).Value);
            return 0;
        });
    }

    [Theory]
    [InlineData("dup", "第 5 行:代码 330226001000 与第 4 行重复")]
    [InlineData("order", "第 3 行:上级 330226106000 在第 4 行,须排在本行之前")]
    [InlineData("length", "第 3 行:统计用区划代码“33022600100”应为 12 位数字")]
    [InlineData("parent", "第 2 行:上级区划代码 330299000000 不存在")]
    [InlineData("ru", "第 3 行:城乡分类代码只填在村级")]
    public async Task A_bad_division_file_is_refused_row_by_row_and_writes_nothing(string kind, string message)
    {
        string[] rows = kind switch
        {
            "dup" => ["330227000000,奉化测试区,", "330227001000,测试街道,", "330226001000,跃龙街道,", "330226001000,跃龙街道,"],
            "order" => ["330228000000,测试县,", "330226106901,前童村,220", "330226106000,前童镇,"],
            "length" => ["330229000000,测试县,", "33022600100,短代码街道,"],
            "parent" => ["330299001000,无上级街道,"],
            _ => ["330230000000,测试县,", "330230001000,测试街道,111"],
        };
        // The first rows of each file are good: all-or-nothing means they must not be written either.
        var file = Write(kind + ".csv", "统计用区划代码,名称,城乡分类代码\n" + string.Join("\n", rows) + "\n");
        var before = await SnapshotAsync();

        var (code, _, errors) = await RunAsync(file, "--valid-from", "2020-01-01");

        Assert.Equal(1, code);
        Assert.Contains("未写入任何单位", errors);
        Assert.Contains(message, errors);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_api_answers_bad_codes_with_problem_details_and_is_in_the_openapi_document()
    {
        var client = app.CreateClient();
        var bad = await client.GetAsync("/api/org-units?under=3302");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        Assert.Contains("12 位数字", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/org-units?under=110101000000")).StatusCode);
        var city = await client.GetFromJsonAsync<List<OrgUnitApi.OrgUnitItem>>("/api/org-units?under=330225000000", Json);
        Assert.Contains(city!, u => u is { Code: "330225100000", Name: "石浦镇", Level: "Town", ParentCode: "330225000000" });
        Assert.Contains("/api/org-units", await client.GetStringAsync("/openapi/v1.json"));
    }

    [Fact]
    public async Task The_office_imports_through_the_page_and_sees_each_bad_row()
    {
        var (client, _) = await app.SignInAsync(StaffRole.SystemAdmin);
        var bad = Encoding.UTF8.GetBytes("统计用区划代码,名称,城乡分类代码\n330231000000,测试县,\n330231000000,测试县,\n");
        var refused = await client.PostMultipartAsync("/manage/org-units/import", new Dictionary<string, string> { ["ValidFrom"] = "2020-01-01" },
            ("Upload", "重复.csv", bad));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Html.Squash("第 3 行:代码 330231000000 与第 2 行重复"), await refused.TextAsync());
        Assert.False(await app.DbAsync(db => db.OrgUnits.AnyAsync(u => u.DivisionCode == "330231000000")));

        var good = Encoding.UTF8.GetBytes("统计用区划代码,名称,城乡分类代码\n330231000000,测试县,\n330231001000,测试街道,\n");
        var done = await client.PostMultipartAsync("/manage/org-units/import", new Dictionary<string, string> { ["ValidFrom"] = "2020-01-01" },
            ("Upload", "好.csv", good));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(2, await app.DbAsync(db => db.OrgUnits.CountAsync(u => u.DivisionCode!.StartsWith("330231"))));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "导入行政区划")));
        var tree = await client.GetAsync("/manage/org-units?q=测试街道");
        Assert.Contains("330231001000", await tree.TextAsync());
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await OrgUnitCommand.RunAsync(app.Services, [OrgUnitCommand.Name, .. args], output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private Task<string> SnapshotAsync() => app.DbAsync(async db =>
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => $"{u.Id}|{u.Name}|{u.Path}|{u.DivisionCode}|{u.RuralUrbanCode}|{u.ValidFrom}|{u.ValidTo}").ToListAsync();
        return string.Join("\n", units) + "\naudit:" + await db.AuditEntries.CountAsync();
    });

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public sealed class DivisionImportCommandTestsOnSqlite(SqliteApp app) : DivisionImportCommandTests(app), IClassFixture<SqliteApp>;
public sealed class DivisionImportCommandTestsOnPostgres(PostgresApp app) : DivisionImportCommandTests(app), IClassFixture<PostgresApp>;
