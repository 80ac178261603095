using System.Net;
using System.Text;
using Dundian.Core.Campaigns;
using Dundian.Documents;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>
/// Excel in and out: the template, exports read back with MiniExcel, an export imported into another campaign
/// giving the same people, and an import that saves nothing when one row is bad or the file is not a workbook.
/// </summary>
public abstract class CampaignExcelTests(DundianApp app)
{
    [Fact]
    public async Task Template_has_the_chinese_header_row()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var response = await client.GetAsync($"/manage/campaigns/{id}/participants/import?handler=Template");
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        var (headers, rows) = await ReadAsync(response);
        Assert.Equal(["姓名", "职务", "单位", "类别", "所在组"], headers);
        Assert.Empty(rows);
    }

    [Fact]
    public async Task Exports_hold_every_participant_liaison_village_and_field_log_and_are_audited()
    {
        var (client, user) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var (people, liaisons, logs) = await app.DbAsync(async db => (
            await db.Participants.CountAsync(p => p.CampaignId == id),
            await db.LiaisonVillages.CountAsync(l => l.Group!.CampaignId == id),
            await db.FieldLogs.CountAsync(l => l.CampaignId == id)));

        var (_, participantRows) = await ReadAsync(await client.GetAsync($"/manage/campaigns/{id}/export/participants"));
        Assert.Equal(people, participantRows.Count);
        Assert.True(people > 120);
        var (groupHeaders, groupRows) = await ReadAsync(await client.GetAsync($"/manage/campaigns/{id}/export/groups"));
        Assert.Equal(liaisons, groupRows.Count);
        Assert.Contains("联系村", groupHeaders);
        Assert.Contains(groupRows, r => r.Cells["联系村"] == "东门渔村");
        var (logHeaders, logRows) = await ReadAsync(await client.GetAsync($"/manage/campaigns/{id}/export/field-logs"));
        Assert.Equal(logs, logRows.Count);
        // The households column adds up to the seed's figure (471) less nothing: every log is in the sheet.
        var households = logRows.Sum(r => int.Parse(r.Cells["走访农户(户)"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(await app.DbAsync(db => db.FieldLogs.Where(l => l.CampaignId == id).SumAsync(l => l.HouseholdsVisited)), households);
        Assert.Contains("慰问金(元)", logHeaders);
        Assert.Equal(3, await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "导出Excel" && a.UserId == user.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/manage/campaigns/{id}/export/passwords")).StatusCode);
    }

    [Fact]
    public async Task Exported_participants_imported_into_another_campaign_are_the_same_people()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var source = await app.CountyCampaignIdAsync();
        var target = await NewCampaignWithGroupsOfAsync(source);
        var export = await (await client.GetAsync($"/manage/campaigns/{source}/export/participants")).Content.ReadAsByteArrayAsync();

        var response = await client.PostMultipartAsync($"/manage/campaigns/{target}/participants/import", new Dictionary<string, string>(),
            ("Upload", "名单.xlsx", export));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(await PeopleAsync(source), await PeopleAsync(target));

        // Importing the same file again would duplicate everybody: refused as a whole.
        var again = await client.PostMultipartAsync($"/manage/campaigns/{target}/participants/import", new Dictionary<string, string>(),
            ("Upload", "名单.xlsx", export));
        Assert.Contains("已在本活动的人员名单中", await again.TextAsync());
        Assert.Equal((await PeopleAsync(source)).Count, (await PeopleAsync(target)).Count);
    }

    [Fact]
    public async Task One_bad_row_saves_nothing_and_every_problem_is_listed_by_row()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.TownshipCampaignIdAsync();
        var group = await app.DbAsync(db => db.ResearchGroups.Where(g => g.CampaignId == id).OrderBy(g => g.SortOrder).Select(g => g.Name).FirstAsync());
        var file = XlsxWriter.ToBytes(new XlsxSheet("参加人员", ParticipantSheet.Headers, [
            ["导入甲", "副镇长", "石浦镇", "镇乡(街道)班子成员", group],
            ["导入乙", "镇党委委员", "石浦镇", "村干部", null],
            ["", "镇武装部长", "石浦镇", "镇乡(街道)班子成员", null],
            ["导入丙", "镇人大主席", "石浦镇", "镇乡(街道)班子成员", "不存在的组"],
            ["导入甲", "副镇长", "石浦镇", "镇乡(街道)班子成员", null],
        ]));
        var before = await app.DbAsync(db => db.Participants.CountAsync());

        var response = await client.PostMultipartAsync($"/manage/campaigns/{id}/participants/import", new Dictionary<string, string>(), ("Upload", "名单.xlsx", file));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = (await Html.ParseAsync(response)).QuerySelectorAll(".import-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, problems.Count);
        Assert.StartsWith("第3行:类别“村干部”不存在", problems[0]);
        Assert.StartsWith("第4行:姓名为空", problems[1]);
        Assert.StartsWith("第5行:调研组“不存在的组”在本活动中不存在", problems[2]);
        Assert.StartsWith("第6行:与第2行重复", problems[3]);
        Assert.Equal(before, await app.DbAsync(db => db.Participants.CountAsync()));

        // The same file without its bad rows goes in whole.
        var good = XlsxWriter.ToBytes(new XlsxSheet("参加人员", ParticipantSheet.Headers, [
            ["导入甲", "副镇长", "石浦镇", "镇乡(街道)班子成员", group],
            ["导入乙", "镇党委委员", "石浦镇", "TownshipLeadership", null],
        ]));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostMultipartAsync($"/manage/campaigns/{id}/participants/import", new Dictionary<string, string>(), ("Upload", "名单.xlsx", good))).StatusCode);
        Assert.Equal(before + 2, await app.DbAsync(db => db.Participants.CountAsync()));
    }

    [Theory]
    [InlineData("名单.csv", "只接受Excel工作簿")]
    [InlineData("名单.xlsx", "文件内容不是Excel工作簿")]
    [InlineData("damaged.xlsx", "无法读取该工作簿")]
    [InlineData("huge.xlsx", "文件超过2MB的上限")]
    public async Task A_file_that_is_not_a_usable_workbook_is_refused(string fileName, string message)
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.TownshipCampaignIdAsync();
        var content = fileName switch
        {
            "damaged.xlsx" => [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6],
            "huge.xlsx" => new byte[3 * 1024 * 1024],
            _ => Encoding.UTF8.GetBytes("姓名,职务\n张三,镇长\n"),
        };
        var before = await app.DbAsync(db => db.Participants.CountAsync());
        var response = await client.PostMultipartAsync($"/manage/campaigns/{id}/participants/import", new Dictionary<string, string>(), ("Upload", fileName, content));
        Assert.Contains(message, await response.TextAsync());
        Assert.Equal(before, await app.DbAsync(db => db.Participants.CountAsync()));
    }

    private static async Task<(IReadOnlyList<string> Headers, IReadOnlyList<XlsxRow> Rows)> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var sheet = new MemoryStream(bytes);
        var headers = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().First().Values.Select(v => v?.ToString() ?? "").ToList();
        return (headers, XlsxReader.Read(sheet, "export.xlsx", XlsxLimits.Default with { MaxFileBytes = long.MaxValue }));
    }

    private Task<List<string>> PeopleAsync(int campaignId) => app.DbAsync(async db =>
        (await db.Participants.Where(p => p.CampaignId == campaignId).Select(p => new { p.Name, p.Title, p.Unit, p.Category, Group = p.Group!.Name }).ToListAsync())
            .Select(p => $"{p.Name}|{p.Title}|{p.Unit}|{p.Category}|{p.Group}").Order(StringComparer.Ordinal).ToList());

    /// <summary>
    /// A new campaign (township tier in 丹西街道, so the demo's one county and one 石浦镇 campaign stay unique for the
    /// other tests) with groups named like the source's, so the exported 所在组 column resolves.
    /// </summary>
    private Task<int> NewCampaignWithGroupsOfAsync(int sourceId) => app.DbAsync(async db =>
    {
        var source = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == sourceId);
        var campaign = new Campaign
        {
            Name = "导入测试活动" + Guid.NewGuid().ToString("N")[..6], Theme = source.Theme, Tier = CampaignTier.Township,
            StartDate = new DateOnly(2008, 3, 1), EndDate = new DateOnly(2008, 6, 30),
            OrgUnitId = await db.OrgUnits.Where(u => u.Name == "丹西街道").Select(u => u.Id).SingleAsync(),
        };
        db.Campaigns.Add(campaign);
        foreach (var g in await db.ResearchGroups.AsNoTracking().Where(g => g.CampaignId == sourceId).ToListAsync())
            db.ResearchGroups.Add(new ResearchGroup { Campaign = campaign, Name = g.Name, SortOrder = g.SortOrder });
        await db.SaveChangesAsync();
        return campaign.Id;
    });
}

public sealed class CampaignExcelTestsOnSqlite(SqliteApp app) : CampaignExcelTests(app), IClassFixture<SqliteApp>;
public sealed class CampaignExcelTestsOnPostgres(PostgresApp app) : CampaignExcelTests(app), IClassFixture<PostgresApp>;
