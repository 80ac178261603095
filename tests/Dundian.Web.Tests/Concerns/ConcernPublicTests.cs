using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Concerns;

/// <summary>The resident's side: submit, track, the public list — and that personal data never shows.</summary>
public abstract class ConcernPublicTests(DundianApp app)
{
    private static void AssertNoPersonalData(string html)
    {
        Assert.DoesNotContain(ConcernClients.Phone, html);
        Assert.DoesNotContain(ConcernClients.Name, html);
    }

    [Fact]
    public async Task Submission_gives_number_and_code_once_and_tracking_shows_the_reply_after_staff_act()
    {
        var resident = app.Resident();
        var description = "东门渔村码头路面塌陷,车辆通行困难 " + Guid.NewGuid().ToString("N")[..6];
        var (number, code, confirmation) = await resident.SubmitAsync(await app.ValidFormAsync(description));
        Assert.Matches(@"^\d{16}$", number);
        Assert.Matches(@"^\d{6}$", code);
        Assert.Contains("请抄写或截图保存查询编号和查询码", Html.Squash(confirmation));
        AssertNoPersonalData(confirmation);

        var again = await (await resident.GetAsync("/concerns/submitted")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(code, again);

        var (_, tracked) = await resident.TrackAsync(number, code);
        Assert.Contains("受理", tracked);
        Assert.Contains(description, tracked);
        AssertNoPersonalData(tracked);

        var (staff, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县", "office", ConcernClients.NewIp());
        var id = await app.ConcernIdAsync(number);
        var detail = await (await staff.GetAsync($"/manage/concerns/{id}")).Content.ReadAsStringAsync();
        Assert.Contains(ConcernClients.Phone, detail); // staff in scope see the full contact
        var unit = (await app.OrgUnitIdAsync("石浦镇")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Assign", new() { ["unitId"] = unit })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Start")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Resolve", new() { ["result"] = "镇交通办已修复码头路面,恢复通行。" })).StatusCode);

        var (_, after) = await resident.TrackAsync(number, code);
        Assert.Contains("办结", after);
        Assert.Contains("镇交通办已修复码头路面,恢复通行。", after);
        Assert.Contains("已交办承办单位", after);
        AssertNoPersonalData(after);

        var village = await app.OrgUnitIdAsync("东门渔村");
        var list = await (await resident.GetAsync($"/concerns/resolved?village={village}")).Content.ReadAsStringAsync();
        Assert.Contains(description, list);
        Assert.Contains("蒋**", list);
        AssertNoPersonalData(list);
    }

    [Fact]
    public async Task A_wrong_code_or_unknown_number_gets_one_message_and_reveals_nothing()
    {
        var resident = app.Resident();
        var description = "路灯损坏夜间出行不便 " + Guid.NewGuid().ToString("N")[..6];
        var (number, code, _) = await resident.SubmitAsync(await app.ValidFormAsync(description));
        var wrong = code == "000000" ? "000001" : "000000";

        foreach (var (n, c) in new[] { (number, wrong), ("1999010100000001", code), (number, "") })
        {
            var (response, html) = await resident.TrackAsync(n, c);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("查询编号或查询码不正确", html);
            Assert.DoesNotContain(description, html);
            Assert.DoesNotContain("当前状态", html);
        }
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty", "诉求内容请填写" },
        { "script", "内容不能包含网页代码" },
        { "category", "未知的诉求类别" },
        { "phone", "联系电话格式不正确" },
        { "village", "请选择诉求所在的村(社区)" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_chinese_message_and_stores_nothing(string kind, string message)
    {
        var form = await app.ValidFormAsync("村里垃圾清运不及时,影响环境");
        switch (kind)
        {
            case "empty": form["Input.Description"] = "   "; break;
            case "script": form["Input.Description"] = "道路坏了<script>alert(1)</script>"; break;
            case "category": form["Input.CategoryCode"] = "no-such-service"; break;
            case "phone": form["Input.ReporterPhone"] = "12345"; break;
            default: form["Input.VillageId"] = (await app.OrgUnitIdAsync("石浦镇")).ToString(System.Globalization.CultureInfo.InvariantCulture); break;
        }
        var before = await app.ConcernCountAsync();
        var response = await app.Resident().PostFormAsync("/concerns/new", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Equal(before, await app.ConcernCountAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var before = await app.ConcernCountAsync();
        var response = await app.Resident().PostAsync("/concerns/new", new FormUrlEncodedContent(await app.ValidFormAsync("伪造的提交内容,不应保存")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.ConcernCountAsync());
    }

    [Fact]
    public async Task Posts_of_the_form_and_the_tracking_query_are_rate_limited_per_address()
    {
        var client = app.Resident(); // one address for all posts below
        var form = await app.ValidFormAsync("   "); // refused input: counted by the limiter, stores nothing
        HttpResponseMessage? last = null;
        for (var i = 0; i < 25 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await client.PostFormAsync(i % 2 == 0 ? "/concerns/new" : "/concerns/track",
                i % 2 == 0 ? form : new Dictionary<string, string> { ["Number"] = "199901010001", ["Code"] = "123456" });
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/concerns/track")).StatusCode); // reading stays open
        Assert.Equal(HttpStatusCode.OK, (await app.Resident().PostFormAsync("/concerns/new", form)).StatusCode); // others unaffected
    }

    [Fact]
    public async Task The_portal_links_to_the_concern_pages()
    {
        var html = await (await app.Resident().GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/concerns/new\"", html);
        Assert.Contains("href=\"/concerns/track\"", html);
        Assert.Contains("我要反映", html);
        Assert.True(await app.DbAsync(db => db.ConcernCategories.AnyAsync(c => c.Code == "roads")));
    }
}

public sealed class ConcernPublicTestsOnSqlite(SqliteApp app) : ConcernPublicTests(app), IClassFixture<SqliteApp>;
public sealed class ConcernPublicTestsOnPostgres(PostgresApp app) : ConcernPublicTests(app), IClassFixture<PostgresApp>;
