using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Core.FieldWork;
using Dundian.Core.Projects;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Concerns;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Exports;

/// <summary>
/// 「导出Excel」 on the staff lists: files opened with the OpenXML SDK; the list's filters honoured; residents' personal
/// data in full only for the roles and scope that may see it; an export of a list the user may not see refused with
/// nothing written and nothing audited.
/// </summary>
public abstract class ExportTests(DundianApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Reporter = "陈阿福";
    private const string Phone = "13812345678";

    private Task<string> ConcernAsync() => app.DbAsync(async db =>
    {
        var category = await db.ConcernCategories.OrderBy(c => c.Id).FirstAsync(Ct);
        var village = await db.OrgUnits.Where(u => u.Name == "东门渔村").Select(u => u.Id).SingleAsync(Ct);
        var number = "EXP" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var concern = Concern.Receive(number, "x", category, village, $"我叫{Reporter},电话{Phone},码头路灯坏了。", ConcernSource.Hotline, DateTime.UtcNow, "test");
        concern.ReporterName = Reporter;
        concern.ReporterPhone = Phone;
        db.Concerns.Add(concern);
        await db.SaveChangesAsync(Ct);
        return number;
    });

    private Task<int> ExportAuditsAsync(string userId) =>
        app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "导出Excel" && a.UserId == userId, Ct));

    [Fact]
    public async Task Concerns_export_keeps_the_search_and_shows_residents_data_only_to_intake_roles()
    {
        var number = await ConcernAsync();
        var (office, officeUser) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县");
        var response = await office.GetAsync($"/manage/concerns?q={number}&p=3&handler=Export", Ct);
        var sheet = await ExportedSheet.ReadAsync(response);
        Assert.Equal("民情诉求.xlsx", sheet.FileName);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(Dundian.Web.Concerns.ConcernExport.Headers, sheet.Headers);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal((number, Reporter, Phone), (row["受理编号"], row["反映人"], row["联系电话"]));
        Assert.Contains(Phone, row["诉求内容"]);
        Assert.Equal(1, await ExportAuditsAsync(officeUser.Id));

        var (admin, _) = await app.SignInAsync(StaffRole.SystemAdmin, "象山县");
        var masked = Assert.Single((await ExportedSheet.ReadAsync(await admin.GetAsync($"/manage/concerns?handler=Export&q={number}", Ct))).Rows);
        Assert.Equal(("陈**", "138****5678"), (masked["反映人"], masked["联系电话"]));
        Assert.DoesNotContain(Phone, masked["诉求内容"]);
        Assert.DoesNotContain(Reporter, masked["诉求内容"]);
    }

    [Fact]
    public async Task Concerns_export_holds_every_row_of_a_status_filter_not_one_page()
    {
        var (office, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县");
        var path = await app.DbAsync(db => db.OrgUnits.Where(u => u.Name == "象山县").Select(u => u.Path).SingleAsync(Ct));
        var expected = await app.DbAsync(db => db.Concerns.CountAsync(c => c.Status == ConcernStatus.Received && c.Village!.Path.StartsWith(path), Ct));
        var sheet = await ExportedSheet.ReadAsync(await office.GetAsync("/manage/concerns?status=Received&handler=Export", Ct));
        Assert.Equal(expected, sheet.Rows.Count);
        Assert.All(sheet.Rows, r => Assert.Equal(ConcernStatusNames.Of(ConcernStatus.Received), r["状态"]));
    }

    [Fact]
    public async Task An_export_of_a_list_the_user_may_not_see_is_refused_and_nothing_is_written()
    {
        await ConcernAsync();
        var (cadre, cadreUser) = await app.SignInAsync(StaffRole.Cadre, "象山县");
        var concerns = await cadre.GetAsync("/manage/concerns?handler=Export", Ct);
        Assert.NotEqual(HttpStatusCode.OK, concerns.StatusCode);
        Assert.NotEqual(Dundian.Documents.XlsxWriter.ContentType, concerns.Content.Headers.ContentType?.MediaType);
        var (hotline, hotlineUser) = await app.SignInAsync(StaffRole.HotlineOperator, "象山县");
        var households = await hotline.GetAsync("/manage/households?handler=Export", Ct);
        Assert.NotEqual(HttpStatusCode.OK, households.StatusCode);
        Assert.NotEqual(Dundian.Documents.XlsxWriter.ContentType, households.Content.Headers.ContentType?.MediaType);
        var audit = await hotline.GetAsync("/manage/audit?handler=Export", Ct);
        Assert.NotEqual(Dundian.Documents.XlsxWriter.ContentType, audit.Content.Headers.ContentType?.MediaType);
        Assert.Equal((0, 0), (await ExportAuditsAsync(cadreUser.Id), await ExportAuditsAsync(hotlineUser.Id)));
    }

    [Fact]
    public async Task Household_register_export_is_masked_by_the_users_scope_and_keeps_the_village_filter()
    {
        var head = "林" + Guid.NewGuid().ToString("N")[..2].ToUpperInvariant() + "生";
        var village = await app.OrgUnitIdAsync("东门渔村");
        await app.DbAsync(async db =>
        {
            db.Households.Add(new Household { VillageId = village, HeadName = head, Phone = "13900001111", IdNumber = "330225196001011234", Kind = HardshipKind.Illness, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });
        var expected = await app.DbAsync(db => db.Households.CountAsync(h => h.VillageId == village, Ct));
        var (office, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县");
        var full = await ExportedSheet.ReadAsync(await office.GetAsync($"/manage/households?villageId={village}&handler=Export", Ct));
        Assert.Equal(expected, full.Rows.Count);
        Assert.All(full.Rows, r => Assert.Equal("东门渔村", r["村(社区)"]));
        var mine = Assert.Single(full.Rows, r => r["户主"] == head);
        Assert.Equal(("13900001111", "330225196001011234"), (mine["联系电话"], mine["身份证号"]));

        // A cadre of the county without a group of his own lists the register with names and numbers masked.
        var (cadre, _) = await app.SignInAsync(StaffRole.Cadre, "象山县");
        var masked = await ExportedSheet.ReadAsync(await cadre.GetAsync($"/manage/households?villageId={village}&handler=Export", Ct));
        Assert.Equal(expected, masked.Rows.Count);
        Assert.DoesNotContain(masked.Rows, r => r["户主"] == head || r["联系电话"] == "13900001111");
        Assert.Contains(masked.Rows, r => r["户主"] == "林***" && r["联系电话"] == "139****1111" && r["身份证号"] == "330*************34");
    }

    [Fact]
    public async Task Dashboard_tables_and_a_drill_down_follow_the_period_filter_and_add_up_to_the_figure()
    {
        var id = await app.CountyCampaignIdAsync();
        var (office, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县");
        var (from, to) = (new DateOnly(2007, 4, 1), new DateOnly(2007, 4, 30));
        var figure = await app.WithScopeAsync(sp => sp.GetRequiredService<StatisticsService>()
            .ComputeAsync(IndicatorKeys.HouseholdsVisited, new IndicatorFilter { CampaignId = id, From = from, To = to }, Ct));
        var whole = await app.WithScopeAsync(sp => sp.GetRequiredService<StatisticsService>()
            .ComputeAsync(IndicatorKeys.HouseholdsVisited, new IndicatorFilter { CampaignId = id }, Ct));
        Assert.True(figure.Value > 0 && figure.Value < whole.Value, "April alone is part of the campaign");

        var drill = await ExportedSheet.ReadAsync(await office.GetAsync(
            $"/manage/campaigns/{id}/indicators/{IndicatorKeys.HouseholdsVisited}?from=2007-04-01&to=2007-04-30&page=2&handler=Export", Ct));
        var valueColumn = drill.Headers[^1];
        var total = drill.Rows[^1];
        Assert.Equal("合计", total["类型"]);
        Assert.Equal(figure.Value, ExportedSheet.Number(total[valueColumn]));
        Assert.Equal(figure.Value, drill.Rows.SkipLast(1).Sum(r => ExportedSheet.Number(r[valueColumn])));

        var groups = await ExportedSheet.ReadAsync(await office.GetAsync($"/manage/campaigns/{id}/dashboard?from=2007-04-01&to=2007-04-30&handler=Export&table=groups", Ct));
        Assert.Equal(await app.DbAsync(db => db.ResearchGroups.CountAsync(g => g.CampaignId == id, Ct)), groups.Rows.Count);
        var households = groups.Headers.Single(h => h.StartsWith(figure.Label, StringComparison.Ordinal));
        Assert.Equal(figure.Value, groups.Rows.Sum(r => ExportedSheet.Number(r[households] ?? "0")));

        var figures = await ExportedSheet.ReadAsync(await office.GetAsync($"/manage/campaigns/{id}/dashboard?from=2007-04-01&to=2007-04-30&handler=Export&table=figures", Ct));
        Assert.Equal(figure.Value, ExportedSheet.Number(figures.Rows.Single(r => r["指标"] == figure.Label)["数值"]));
    }

    [Fact]
    public async Task Audit_log_export_streams_every_matching_entry_with_real_times()
    {
        var (office, officeUser) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县");
        await ExportedSheet.ReadAsync(await office.GetAsync("/manage/projects?handler=Export", Ct));
        var (admin, _) = await app.SignInAsync(StaffRole.SystemAdmin, "宁波市");
        var sheet = await ExportedSheet.ReadAsync(await admin.GetAsync($"/manage/audit?handler=Export&action=导出Excel&userName={officeUser.UserName}", Ct));
        var row = Assert.Single(sheet.Rows);
        Assert.Equal(officeUser.UserName, row["用户"]);
        // A real date cell: a serial number Excel shows as a date, today's in Beijing time.
        var at = DateTime.FromOADate(double.Parse(row["时间(北京时间)"]!, CultureInfo.InvariantCulture));
        Assert.Equal(Dundian.Core.Common.ChinaTime.ToLocal(DateTime.UtcNow).Date, at.Date);
    }

    [Fact]
    public async Task Projects_export_keeps_the_status_filter()
    {
        var (office, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县");
        var path = await app.DbAsync(db => db.OrgUnits.Where(u => u.Name == "象山县").Select(u => u.Path).SingleAsync(Ct));
        var expected = await app.DbAsync(db => db.PracticalProjects.CountAsync(p => p.Status == ProjectStatus.Implemented && p.VillagePath.StartsWith(path), Ct));
        var sheet = await ExportedSheet.ReadAsync(await office.GetAsync("/manage/projects?status=Implemented&handler=Export", Ct));
        Assert.True(expected > 0);
        Assert.Equal(expected, sheet.Rows.Count);
        Assert.All(sheet.Rows, r => Assert.Equal(ProjectStatusNames.Of(ProjectStatus.Implemented), r["状态"]));
    }
}

public sealed class ExportTestsOnSqlite(SqliteApp app) : ExportTests(app), IClassFixture<SqliteApp>;
public sealed class ExportTestsOnPostgres(PostgresApp app) : ExportTests(app), IClassFixture<PostgresApp>;
