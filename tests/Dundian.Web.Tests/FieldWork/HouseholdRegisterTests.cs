using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.FieldWork;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.FieldWork;

/// <summary>
/// The 民情台账: entering a household and its visits (audited), bad input refused in Chinese, personal data in full
/// only for staff whose scope covers the village, masked for other staff, and never on a public page.
/// </summary>
public abstract class HouseholdRegisterTests(DundianApp app)
{
    private static Dictionary<string, string> Form(int villageId, string name, string phone = "13805749876", string kind = "LoneElderly") => new()
    {
        ["Input.VillageId"] = WritingClients.Text(villageId), ["Input.HeadName"] = name, ["Input.Phone"] = phone,
        ["Input.IdNumber"] = "33022519450302123X", ["Input.Kind"] = kind, ["Input.Situation"] = "独居老人,行动不便",
        ["Input.HelpGiven"] = "结对帮扶",
    };

    private async Task<int> CreateAsync(HttpClient client, int villageId, string name, string kind = "LoneElderly")
    {
        var response = await client.PostFormAsync("/manage/households/edit", Form(villageId, name, kind: kind));
        var target = response.RedirectTarget();
        return int.Parse(target[(target.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Office_enters_a_household_and_visits_and_each_write_is_audited()
    {
        var (office, user) = await app.SignInOfficeAsync();
        var village = await app.SignInLinkedAsync(StaffRole.Cadre, 2);
        var id = await CreateAsync(office, village.VillageId, "孙阿婆");
        var stored = await app.DbAsync(db => db.Households.SingleAsync(h => h.Id == id));
        Assert.Equal(("孙阿婆", "13805749876", "33022519450302123X", HardshipKind.LoneElderly), (stored.HeadName, stored.Phone, stored.IdNumber, stored.Kind));
        var key = WritingClients.Text(id);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "Household" && e.EntityKey == key && e.Action == "Insert" && e.UserId == user.Id)));

        // A visit of the register itself, then one made during a stay (date and visitor from the field log).
        var detail = $"/manage/households/{id}";
        var visit = await office.PostFormAsync(detail, new Dictionary<string, string>
        {
            ["Visit.VisitedOn"] = "2007-04-20", ["Visit.Visitors"] = "县民政局 王科长", ["Visit.Notes"] = "送去米油,了解就医情况",
            ["Visit.ConsolationAmountYuan"] = "500",
        }, detail + "?handler=Visit");
        CampaignTestData.AssertRedirectTo(visit, detail);
        var log = await app.DbAsync(db => db.FieldLogs.Where(l => l.VillageId == village.VillageId && l.HouseholdsVisited > l.HouseholdVisits.Count)
            .Select(l => new { l.Id, l.StartDate, Person = l.Participant!.Name }).FirstAsync());
        visit = await office.PostFormAsync(detail, new Dictionary<string, string>
        {
            ["Visit.FieldLogId"] = log.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Visit.Notes"] = "蹲点期间入户走访",
        }, detail + "?handler=Visit");
        CampaignTestData.AssertRedirectTo(visit, detail);

        var page = await office.GetDocumentAsync(detail);
        var rows = page.QuerySelectorAll("table.household-visits tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains(rows, r => r.TextContent.Contains("500", StringComparison.Ordinal) && r.TextContent.Contains("2007-04-20", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TextContent.Contains(log.Person, StringComparison.Ordinal)
                                   && r.TextContent.Contains(log.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(2, await app.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "HouseholdVisit" && e.Action == "Insert" && e.UserId == user.Id)));
        Assert.Equal(50000, await app.DbAsync(db => db.HouseholdVisits.Where(v => v.HouseholdId == id).SumAsync(v => v.ConsolationAmountFen)));
    }

    public static readonly TheoryData<string, string, string> BadInput = new()
    {
        { "Input.Phone", "电话138abc", "联系电话格式不正确" },
        { "Input.IdNumber", "12345", "身份证号应为 18 位" },
        { "Input.HeadName", " ", "请填写户主姓名" },
        { "Input.Situation", "<script>alert(1)</script>", "困难情况不能包含网页代码" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_in_chinese_and_saves_nothing(string field, string value, string message)
    {
        var (office, _) = await app.SignInOfficeAsync();
        var village = await app.DbAsync(db => db.LiaisonVillages.Select(l => l.VillageId).FirstAsync());
        var fields = Form(village, "钱某");
        fields[field] = value;
        var before = await app.DbAsync(db => db.Households.CountAsync());
        var response = await office.PostFormAsync("/manage/households/edit", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent);
        Assert.Equal(before, await app.DbAsync(db => db.Households.CountAsync()));
    }

    [Fact]
    public async Task Visit_refusals_save_nothing()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var village = await app.SignInLinkedAsync(StaffRole.Cadre, 5);
        var id = await CreateAsync(office, village.VillageId, "周阿公");
        var detail = $"/manage/households/{id}";
        var otherLog = await app.DbAsync(db => db.FieldLogs.Where(l => l.VillageId != village.VillageId).Select(l => l.Id).FirstAsync());
        (Dictionary<string, string> Fields, string Message)[] cases =
        [
            (new() { ["Visit.Visitors"] = "王科长", ["Visit.Notes"] = "走访" }, "请填写走访日期"),
            (new() { ["Visit.VisitedOn"] = "2007-04-20", ["Visit.Visitors"] = "王科长", ["Visit.Notes"] = "走访", ["Visit.ConsolationAmountYuan"] = "-5" }, "慰问金不能为负数"),
            (new() { ["Visit.FieldLogId"] = otherLog.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Visit.Notes"] = "走访" }, "所选蹲点日志不是在该户所在村的蹲点"),
            (new() { ["Visit.VisitedOn"] = "2099-01-01", ["Visit.Visitors"] = "王科长", ["Visit.Notes"] = "走访" }, "走访日期不能晚于今天"),
        ];
        foreach (var (fields, message) in cases)
        {
            var response = await office.PostFormAsync(detail, fields, detail + "?handler=Visit");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, (await Html.ParseAsync(response)).QuerySelector(".message-error")!.TextContent);
        }
        Assert.Equal(0, await app.DbAsync(db => db.HouseholdVisits.CountAsync(v => v.HouseholdId == id)));
    }

    [Fact]
    public async Task Personal_data_is_full_in_scope_masked_for_other_staff_and_absent_from_public_pages()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var stationed = await app.SignInLinkedAsync(StaffRole.Cadre, 12);
        var outsider = await app.SignInLinkedAsync(StaffRole.Cadre, 13);
        var id = await CreateAsync(office, stationed.VillageId, "冯海根");

        // The cadre stationed in the village sees the household in full and may add visits.
        var own = await stationed.Client.GetDocumentAsync($"/manage/households/{id}");
        Assert.Equal("冯海根", own.QuerySelector("#household-name")!.TextContent.Trim());
        Assert.Equal("13805749876", own.QuerySelector("#household-phone")!.TextContent.Trim());
        Assert.NotNull(own.QuerySelector("form[action*='handler=Visit']"));

        // A cadre of another group sees the county's register, but this household masked, and cannot change it.
        var list = await outsider.Client.GetDocumentAsync($"/manage/households?villageId={stationed.VillageId}");
        var row = list.QuerySelector($"tr[data-household='{id}']")!;
        Assert.Equal("false", row.GetAttribute("data-full"));
        Assert.Contains("冯**", row.TextContent);
        Assert.Contains("138****9876", row.TextContent);
        Assert.DoesNotContain("冯海根", list.Body!.TextContent);
        var masked = await outsider.Client.GetDocumentAsync($"/manage/households/{id}");
        Assert.Equal("冯**", masked.QuerySelector("#household-name")!.TextContent.Trim());
        Assert.Equal("330*************3X", masked.QuerySelector("#household-id-number")!.TextContent.Trim());
        Assert.Null(masked.QuerySelector("form[action*='handler=Visit']"));
        WritingClients.AssertDenied(await outsider.Client.GetAsync($"/manage/households/edit/{id}"));
        var token = Html.AntiforgeryToken(await outsider.Client.GetDocumentAsync("/manage/households"));
        var post = await outsider.Client.PostAsync($"/manage/households/{id}?handler=Visit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Visit.VisitedOn"] = "2007-04-20", ["Visit.Visitors"] = "某人", ["Visit.Notes"] = "走访",
        }));
        WritingClients.AssertDenied(post);
        Assert.Equal(0, await app.DbAsync(db => db.HouseholdVisits.CountAsync(v => v.HouseholdId == id)));

        // A town office of another town does not see it at all.
        var otherTown = await app.DbAsync(db => db.OrgUnits.Where(u => u.Level == Dundian.Core.Org.OrgLevel.Town)
            .Where(u => !db.OrgUnits.Any(v => v.Id == stationed.VillageId && v.ParentId == u.Id)).Select(u => u.Name).FirstAsync());
        var (town, _) = await app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, otherTown);
        WritingClients.AssertDenied(await town.GetAsync($"/manage/households/{id}"));
        Assert.Null((await town.GetDocumentAsync("/manage/households")).QuerySelector($"tr[data-household='{id}']"));

        // Staff outside field work, and the public, get nothing.
        var (editor, _) = await app.SignInFromOwnAddressAsync(StaffRole.Editor, "象山县");
        WritingClients.AssertDenied(await editor.GetAsync("/manage/households"));
        var visitor = app.CreateClient();
        var campaignId = await app.CountyCampaignIdAsync();
        foreach (var url in new[] { "/", $"/topics/campaign/{campaignId}", $"/topics/campaign/{campaignId}/writings" })
        {
            var html = await (await visitor.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("冯海根", html);
            Assert.DoesNotContain("13805749876", html);
        }
        // The search page repeats the query itself; what matters is that nothing is found.
        foreach (var q in new[] { "冯海根", "13805749876" })
            Assert.Empty((await visitor.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q))).QuerySelectorAll(".search-hit"));
        Assert.NotEqual(HttpStatusCode.OK, (await visitor.GetAsync($"/manage/households/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_village_and_hardship_kind()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var village = await app.SignInLinkedAsync(StaffRole.Cadre, 14);
        var ill = await CreateAsync(office, village.VillageId, "卫某甲", "Illness");
        var lone = await CreateAsync(office, village.VillageId, "卫某乙", "LoneElderly");
        var byVillage = await office.GetDocumentAsync($"/manage/households?villageId={village.VillageId}");
        var ids = byVillage.QuerySelectorAll("table.households tbody tr").Select(r => r.GetAttribute("data-household")).ToList();
        Assert.Equal(await app.DbAsync(db => db.Households.CountAsync(h => h.VillageId == village.VillageId)), ids.Count);
        Assert.Contains(WritingClients.Text(ill), ids);
        var byKind = await office.GetDocumentAsync($"/manage/households?villageId={village.VillageId}&kind=Illness");
        Assert.Equal([WritingClients.Text(ill)], byKind.QuerySelectorAll("table.households tbody tr").Select(r => r.GetAttribute("data-household")).ToList());
        Assert.DoesNotContain(WritingClients.Text(lone), byKind.QuerySelectorAll("tr").Select(r => r.GetAttribute("data-household")));
    }
}

public sealed class HouseholdRegisterTestsOnSqlite(SqliteApp app) : HouseholdRegisterTests(app), IClassFixture<SqliteApp>;
public sealed class HouseholdRegisterTestsOnPostgres(PostgresApp app) : HouseholdRegisterTests(app), IClassFixture<PostgresApp>;
