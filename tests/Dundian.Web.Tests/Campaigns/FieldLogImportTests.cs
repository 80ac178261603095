using System.Globalization;
using System.Net;
using Dundian.Core.FieldWork;
using Dundian.Documents;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>
/// 从 Excel 导入蹲点日志 in the demo county campaign: the template (read back, with its drop-downs), a good file that
/// moves the campaign's figures by exactly the file's totals and creates nothing the second time, and a file with
/// bad rows that lists every problem by Excel row and writes nothing.
/// </summary>
public abstract class FieldLogImportTests(DundianApp app)
{
    private static string Url(int id) => $"/manage/campaigns/{id}/field-logs/import";

    [Fact]
    public async Task Template_reads_back_and_has_drop_downs_of_the_campaigns_people_and_villages()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var response = await client.GetAsync(Url(id) + "?handler=Template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // The reader every import uses sees an empty first sheet: no example row can slip into an import.
        Assert.Empty(XlsxReader.Read(new MemoryStream(bytes), "模板.xlsx"));
        var header = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().First().Values.Select(v => v?.ToString()).ToList();
        Assert.Equal(FieldLogSheet.Headers, header.Select(h => h ?? ""));
        var example = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "填写示例", excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().Single();
        var choices = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: XlsxTemplate.ChoicesSheet, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        var people = await app.DbAsync(db => db.Participants.Where(p => p.CampaignId == id && p.GroupId != null).Select(p => p.Name).Distinct().ToListAsync());
        var villages = await app.DbAsync(db => db.LiaisonVillages.Where(l => l.Group!.CampaignId == id).Select(l => l.Village!.Name).Distinct().ToListAsync());
        Assert.Equal(people.Order(StringComparer.Ordinal), choices.Select(c => c[FieldLogSheet.Person]?.ToString()).OfType<string>().Order(StringComparer.Ordinal));
        Assert.Equal(villages.Order(StringComparer.Ordinal), choices.Select(c => c[FieldLogSheet.Village]?.ToString()).OfType<string>().Order(StringComparer.Ordinal));
        Assert.Contains(example[FieldLogSheet.Person]?.ToString(), people);
        Assert.Contains(example[FieldLogSheet.Village]?.ToString(), villages);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["蹲点日志", "填写示例", XlsxTemplate.ChoicesSheet], sheets.Select(s => s.Name!.Value));
        Assert.Equal(SheetStateValues.Hidden, sheets[2].State!.Value);
        var validations = ((WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet
            .GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();
        var lists = validations.Where(v => v.Type?.Value == DataValidationValues.List).ToList();
        Assert.Equal(["D2:D2001", "E2:E2001", "F2:F2001"], lists.Select(v => v.SequenceOfReferences!.InnerText).Order(StringComparer.Ordinal));
        Assert.All(lists, v => Assert.StartsWith($"'{XlsxTemplate.ChoicesSheet}'!", v.Formula1!.Text, StringComparison.Ordinal));
        Assert.Equal(FieldLogSheet.Counts.Count, validations.Count(v => v.Type?.Value == DataValidationValues.Whole));
        Assert.Single(validations, v => v.Type?.Value == DataValidationValues.Decimal);
    }

    [Fact]
    public async Task A_good_file_moves_the_figures_by_its_totals_and_the_same_file_again_creates_nothing()
    {
        var (client, user) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var stays = await FreeStaysAsync(id, 3);
        var rows = stays.Select((s, i) => Row(s.Start, s.End, s.Person, s.Group, s.Village, households: 3 + i, symposiums: 1, talks: 5 * i, money: i == 0 ? 0m : 350.5m * i, consoled: i == 0 ? 0 : i)).ToList();
        var file = Workbook(rows);
        var before = await FiguresAsync(id);
        var logsBefore = await app.DbAsync(db => db.FieldLogs.CountAsync(l => l.CampaignId == id));

        var response = await client.PostMultipartAsync(Url(id), new Dictionary<string, string>(), ("Upload", "日志.xlsx", file));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await FiguresAsync(id);
        Assert.Equal(before.Logs + 3, after.Logs);
        Assert.Equal(before.Households + rows.Sum(r => Convert.ToInt64(r[6], CultureInfo.InvariantCulture)), after.Households);
        Assert.Equal(before.Talks + rows.Sum(r => Convert.ToInt64(r[9], CultureInfo.InvariantCulture)), after.Talks);
        Assert.Equal(before.Fen + rows.Sum(r => (long)(Convert.ToDecimal(r[11], CultureInfo.InvariantCulture) * 100)), after.Fen);
        Assert.Equal(logsBefore + 3, await app.DbAsync(db => db.FieldLogs.CountAsync(l => l.CampaignId == id)));
        // Through the service: the logs carry the importing user, and the row writes are audited like typed ones.
        Assert.Equal(3, await app.DbAsync(db => db.FieldLogs.CountAsync(l => l.CampaignId == id && l.CreatedByUserId == user.Id)));
        Assert.True(await app.DbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == user.Id && a.EntityType == nameof(FieldLog))) >= 3);

        var again = await client.PostMultipartAsync(Url(id), new Dictionary<string, string>(), ("Upload", "日志.xlsx", file));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(after, await FiguresAsync(id));
        var setup = await client.GetAsync(again.Headers.Location!.OriginalString);
        var text = await setup.TextAsync();
        Assert.Contains("已导入0条蹲点日志;另有3行已登记过,未重复导入", text);
    }

    [Fact]
    public async Task Bad_rows_are_listed_by_row_in_chinese_and_nothing_is_written()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var stays = await FreeStaysAsync(id, 2);
        var good = stays[0];
        var otherVillage = await app.DbAsync(db => db.LiaisonVillages.Where(l => l.Group!.CampaignId == id && l.Group.Name != good.Group)
            .Select(l => l.Village!.Name).Where(n => !db.LiaisonVillages.Any(x => x.Group!.Name == good.Group && x.Group.CampaignId == id && x.Village!.Name == n)).FirstAsync());
        var file = Workbook([
            Row(good.Start, good.End, good.Person, good.Group, good.Village),
            Row(good.Start, good.End, "查无此人", null, good.Village),
            Row(good.Start, good.End, good.Person, good.Group, otherVillage),
            Row("2007-13-45", good.End, good.Person, good.Group, good.Village),
            Row(good.Start, good.End, good.Person, good.Group, good.Village, households: -2),
            Row(good.End, good.Start.AddDays(-1), good.Person, good.Group, good.Village),
            Row(good.Start, good.End, good.Person, good.Group, good.Village),
            Row(stays[1].Start, stays[1].End, stays[1].Person, stays[1].Group, stays[1].Village),
        ]);
        var before = await FiguresAsync(id);
        var logs = await app.DbAsync(db => db.FieldLogs.CountAsync());

        var response = await client.PostMultipartAsync(Url(id), new Dictionary<string, string>(), ("Upload", "日志.xlsx", file));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = (await Html.ParseAsync(response)).QuerySelectorAll(".import-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(6, problems.Count);
        Assert.StartsWith("第3行:“查无此人”不是本活动的参加人员", problems[0]);
        Assert.StartsWith($"第4行:“{otherVillage}”不在{good.Person}所在的{good.Group}的联系村名单中", problems[1]);
        Assert.StartsWith("第5行:开始日期“2007-13-45”不是有效日期", problems[2]);
        Assert.StartsWith("第6行:走访农户(户)不能为负数", problems[3]);
        Assert.StartsWith("第7行:结束日期不能早于开始日期", problems[4]);
        Assert.StartsWith("第8行:与第2行是同一次蹲点", problems[5]);
        Assert.Equal(logs, await app.DbAsync(db => db.FieldLogs.CountAsync()));
        Assert.Equal(before, await FiguresAsync(id));
    }

    [Fact]
    public async Task A_cadre_cannot_import_and_a_non_workbook_is_refused()
    {
        var id = await app.CountyCampaignIdAsync();
        var (cadre, _) = await app.SignInFromOwnAddressAsync(Dundian.Core.Accounts.StaffRole.Cadre, "象山县");
        Assert.StartsWith("/account/access-denied", (await cadre.GetAsync(Url(id) + "?handler=Template")).RedirectTarget());
        var (client, _) = await app.SignInOfficeAsync();
        var response = await client.PostMultipartAsync(Url(id), new Dictionary<string, string>(), ("Upload", "日志.csv", "开始日期,结束日期\n"u8.ToArray()));
        Assert.Contains("只接受", await response.TextAsync());
    }

    private sealed record Stay(string Person, string Group, string Village, DateOnly Start, DateOnly End);

    /// <summary>
    /// Stays the import may record: people with a unique name and a liaison village, on days inside the campaign and
    /// the liaison period for which that person has no log in that village yet (so none is "already present").
    /// </summary>
    private Task<List<Stay>> FreeStaysAsync(int campaignId, int count) => app.DbAsync(async db =>
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
        var people = await db.Participants.Where(p => p.CampaignId == campaignId && p.GroupId != null)
            .Select(p => new { p.Id, p.Name, Group = p.Group!.Name, Liaisons = p.Group.LiaisonVillages.Select(l => new { l.VillageId, l.Village!.Name, l.FromDate, l.ToDate }).ToList() })
            .ToListAsync();
        var used = (await db.FieldLogs.Where(l => l.CampaignId == campaignId).Select(l => new { l.ParticipantId, l.VillageId, l.StartDate }).ToListAsync())
            .Select(l => (l.ParticipantId, l.VillageId, l.StartDate)).ToHashSet();
        var unique = people.GroupBy(p => p.Name).Where(g => g.Count() == 1).Select(g => g.Single()).OrderByDescending(p => p.Id);
        var stays = new List<Stay>();
        foreach (var p in unique)
        {
            var l = p.Liaisons.FirstOrDefault();
            if (l is null) continue;
            var first = l.FromDate > campaign.StartDate ? l.FromDate : campaign.StartDate;
            var last = l.ToDate is { } to && to < campaign.EndDate ? to : campaign.EndDate;
            // From the end backwards: the seeded stays cluster early; an odd length (2 days) is unlikely to collide.
            for (var day = last.AddDays(-1); day >= first; day = day.AddDays(-3))
                if (!used.Contains((p.Id, l.VillageId, day)))
                {
                    stays.Add(new Stay(p.Name, p.Group, l.Name, day, day.AddDays(1)));
                    used.Add((p.Id, l.VillageId, day));
                    break;
                }
            if (stays.Count == count) return stays;
        }
        throw new InvalidOperationException("The demo campaign has too few free stays for this test.");
    });

    private static List<object?> Row(object start, object end, string person, string? group, string village,
        int households = 2, int symposiums = 0, int talks = 0, decimal money = 0m, int consoled = 0) =>
    [
        Text(start), Text(end), null, person, group, village, households, symposiums, symposiums * 10, talks, consoled, money, 0, 0, 1, "村委会", "导入测试",
    ];

    private static object Text(object day) => day is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day;

    private static byte[] Workbook(IEnumerable<List<object?>> rows) =>
        XlsxWriter.ToBytes(new XlsxSheet("蹲点日志", FieldLogSheet.Headers, rows.Select(r => (IReadOnlyList<object?>)r).ToList()));

    private sealed record Figures(long Logs, long Households, long Talks, long Fen);

    /// <summary>The campaign's figures as the statistics read them: the per-person totals kept with the logs.</summary>
    private Task<Figures> FiguresAsync(int campaignId) => app.DbAsync(async db =>
    {
        var t = await db.FieldLogTotals.Where(t => t.CampaignId == campaignId).ToListAsync();
        return new Figures(t.Sum(x => (long)x.LogCount), t.Sum(x => x.HouseholdsVisited), t.Sum(x => x.Talks), t.Sum(x => x.ConsolationAmountFen));
    });
}

public sealed class FieldLogImportTestsOnSqlite(SqliteApp app) : FieldLogImportTests(app), IClassFixture<SqliteApp>;
public sealed class FieldLogImportTestsOnPostgres(PostgresApp app) : FieldLogImportTests(app), IClassFixture<PostgresApp>;
