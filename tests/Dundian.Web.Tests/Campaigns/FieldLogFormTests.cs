using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>
/// Recording a stay through the form: a good one is saved; bad input gets the service's Chinese message next to the
/// field and saves nothing; a post without the antiforgery token is refused; each role sees only its logs.
/// </summary>
public abstract class FieldLogFormTests(DundianApp app)
{
    private const string FormUrl = "/manage/field-logs/new";

    [Fact]
    public async Task Cadre_records_a_stay_for_himself()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 3);
        var form = await cadre.Client.GetDocumentAsync(FormUrl);
        // The village list offers only his group's liaison village.
        var villages = form.QuerySelectorAll("#Input_VillageId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal([cadre.VillageId.ToString(System.Globalization.CultureInfo.InvariantCulture)], villages);

        var before = await app.FieldLogCountAsync();
        var response = await cadre.Client.PostFormAsync(FormUrl, CampaignTestData.StayForm(cadre));
        CampaignTestData.AssertRedirectTo(response, "/manage/field-logs");
        Assert.Equal(before + 1, await app.FieldLogCountAsync());
        var log = await app.DbAsync(db => db.FieldLogs.OrderByDescending(l => l.Id).FirstAsync());
        Assert.Equal((cadre.ParticipantId, cadre.VillageId, 5, 2, cadre.User.Id), (log.ParticipantId, log.VillageId, log.HouseholdsVisited, log.Days, log.CreatedByUserId));
        Assert.Null(log.Location); // optional evidence left blank stays blank

        var list = await cadre.Client.GetAsync("/manage/field-logs");
        var text = await list.TextAsync();
        Assert.Contains("已登记蹲点日志", text);
        Assert.Contains("2007-04-10至2007-04-11", text);
    }

    // Each case links a member of its own group: a group has only five members without an account.
    public static readonly TheoryData<string, string, string, int> BadInput = new()
    {
        { "end-before-start", "EndDate", "结束日期不能早于开始日期", 8 },
        { "negative-count", "HouseholdsVisited", "走访农户数不能为负数", 9 },
        { "village-outside-group", "VillageId", "不是", 10 },
        { "another-person", "ParticipantId", "无权为他人登记蹲点日志", 11 },
        { "outside-campaign", "StartDate", "蹲点日期须在活动期间内", 12 },
        { "not-a-number", "Talks", "请填写有效的数字", 13 },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_shows_a_chinese_message_next_to_the_field_and_saves_nothing(string kind, string field, string message, int group)
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, group);
        var fields = CampaignTestData.StayForm(cadre);
        var (otherPerson, otherVillage) = await app.DbAsync(async db =>
        {
            var group1 = await db.ResearchGroups.Include(g => g.LiaisonVillages)
                .SingleAsync(g => g.CampaignId == cadre.CampaignId && g.SortOrder == 1);
            return (group1.LeaderId!.Value, group1.LiaisonVillages[0].VillageId);
        });
        switch (kind)
        {
            case "end-before-start": fields["Input.StartDate"] = "2007-04-12"; fields["Input.EndDate"] = "2007-04-10"; break;
            case "negative-count": fields["Input.HouseholdsVisited"] = "-3"; break;
            case "village-outside-group": fields["Input.VillageId"] = otherVillage.ToString(System.Globalization.CultureInfo.InvariantCulture); break;
            case "another-person": fields["Input.ParticipantId"] = otherPerson.ToString(System.Globalization.CultureInfo.InvariantCulture); break;
            case "outside-campaign": fields["Input.StartDate"] = "2008-01-01"; fields["Input.EndDate"] = "2008-01-02"; break;
            case "not-a-number": fields["Input.Talks"] = "三"; break;
        }
        var before = await app.FieldLogCountAsync();
        var audits = await app.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "FieldLog"));

        var response = await cadre.Client.PostFormAsync(FormUrl, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var near = page.QuerySelector($"[data-valmsg-for='Input.{field}'], [data-for='{field}']");
        Assert.NotNull(near);
        Assert.Contains(message, near!.TextContent);
        Assert.Equal(before, await app.FieldLogCountAsync());
        Assert.Equal(audits, await app.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "FieldLog")));
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 5);
        var before = await app.FieldLogCountAsync();
        var response = await cadre.Client.PostAsync(FormUrl, new FormUrlEncodedContent(CampaignTestData.StayForm(cadre)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.FieldLogCountAsync());
    }

    [Fact]
    public async Task Group_lead_sees_only_his_groups_logs()
    {
        var lead = await app.SignInLinkedAsync(StaffRole.GroupLead, 6, leader: true);
        var expected = await app.DbAsync(db => db.FieldLogs.CountAsync(l => l.Participant!.GroupId == lead.GroupId));
        Assert.True(expected > 0);
        var page = await lead.Client.GetDocumentAsync("/manage/field-logs");
        var rows = page.QuerySelectorAll("table.field-logs tbody tr");
        Assert.Equal(expected, rows.Length);
        Assert.All(rows, r => Assert.Equal(lead.GroupName, r.QuerySelectorAll("td")[1].TextContent.Trim()));
    }

    [Fact]
    public async Task Cadre_sees_only_his_own_logs()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 7, leader: true);
        var expected = await app.DbAsync(db => db.FieldLogs.CountAsync(l => l.ParticipantId == cadre.ParticipantId));
        var page = await cadre.Client.GetDocumentAsync("/manage/field-logs");
        var rows = page.QuerySelectorAll("table.field-logs tbody tr");
        Assert.Equal(expected, rows.Length);
        var name = await app.DbAsync(db => db.Participants.Where(p => p.Id == cadre.ParticipantId).Select(p => p.Name).SingleAsync());
        Assert.All(rows, r => Assert.Equal(name, r.QuerySelectorAll("td")[0].TextContent.Trim()));
    }

    [Fact]
    public async Task Account_without_a_participant_is_told_so()
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(StaffRole.Cadre, "象山县");
        var text = await (await client.GetAsync(FormUrl)).TextAsync();
        Assert.Contains("您的账号尚未关联蹲点参加人员", text);
    }
}

public sealed class FieldLogFormTestsOnSqlite(SqliteApp app) : FieldLogFormTests(app), IClassFixture<SqliteApp>;
public sealed class FieldLogFormTestsOnPostgres(PostgresApp app) : FieldLogFormTests(app), IClassFixture<PostgresApp>;
