using System.Net;
using System.Net.Http.Json;
using Dundian.Core.Accounts;
using Dundian.Core.ApiAccess;
using Dundian.Core.Concerns;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Api;

/// <summary>
/// The write API files through the staff code paths: figures move by exactly what was filed, corrected or deleted;
/// the token's scope and its principal's org units bound what it may touch; a retried POST with the same
/// Idempotency-Key files once; every refusal is a Chinese ProblemDetails and writes nothing.
/// </summary>
public abstract class WriteApiTests(DundianApp app)
{
    private const string Logs = "/api/v1/field-logs", Concerns = "/api/v1/concerns";

    [Fact]
    public async Task A_cadre_files_corrects_and_deletes_his_own_stay_and_the_figures_follow_exactly()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 3);
        var api = app.Bearer(await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsWrite, ApiScopes.FieldLogsRead));
        var before = await app.FiguresAsync(cadre.CampaignId);

        var created = await api.PostJsonAsync(Logs, ApiTestData.Stay(cadre.ParticipantId, cadre.VillageId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var log = await created.JsonAsync();
        var id = log.GetProperty("id").GetInt64();
        Assert.Equal($"{Logs}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(2, log.GetProperty("days").GetInt32());
        var after = await app.FiguresAsync(cadre.CampaignId);
        Assert.Equal(before[IndicatorKeys.StationedDays] + 2, after[IndicatorKeys.StationedDays]);
        Assert.Equal(before[IndicatorKeys.HouseholdsVisited] + 5, after[IndicatorKeys.HouseholdsVisited]);
        Assert.Equal(before[IndicatorKeys.Talks] + 3, after[IndicatorKeys.Talks]);
        Assert.Equal(before[IndicatorKeys.Symposiums] + 1, after[IndicatorKeys.Symposiums]);

        // Same audit as the form: the row insert, by the cadre's account, marked as coming through a token.
        var (createdBy, audit) = await app.DbAsync(async db => (
            await db.FieldLogs.Where(l => l.Id == id).Select(l => l.CreatedByUserId).SingleAsync(),
            await db.AuditEntries.Where(e => e.EntityType == "FieldLog" && e.EntityKey == id.ToString() && e.Action == "Insert").SingleAsync()));
        Assert.Equal(cadre.User.Id, createdBy);
        Assert.Equal(cadre.User.Id, audit.UserId);
        Assert.Contains("API令牌", audit.UserName);

        var listed = await (await api.GetAsync($"{Logs}?campaignId={cadre.CampaignId}")).JsonAsync();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{Logs}/{id}")).StatusCode);

        var patched = await api.PatchAsJsonAsync($"{Logs}/{id}", new { reason = "户数记错", householdsVisited = 8 });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(8, (await patched.JsonAsync()).GetProperty("householdsVisited").GetInt32());
        Assert.Equal(before[IndicatorKeys.HouseholdsVisited] + 8, (await app.FiguresAsync(cadre.CampaignId))[IndicatorKeys.HouseholdsVisited]);

        var noReason = await api.DeleteAsync($"{Logs}/{id}");
        var problem = await noReason.AssertProblemAsync(400, "理由");
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{Logs}/{id}?reason=重复登记")).StatusCode);
        Assert.Equal(before, await app.FiguresAsync(cadre.CampaignId));
        await (await api.GetAsync($"{Logs}/{id}")).AssertProblemAsync(404, "不存在");
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_files_once_and_a_different_body_is_refused()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 4);
        var api = app.Bearer(await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsWrite));
        var stay = ApiTestData.Stay(cadre.ParticipantId, cadre.VillageId);
        var key = Guid.NewGuid().ToString();
        var before = await app.CountAsync();
        var figures = await app.FiguresAsync(cadre.CampaignId);

        var first = await api.PostJsonAsync(Logs, stay, key);
        var retry = await api.PostJsonAsync(Logs, stay, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(before + 1, await app.CountAsync());
        Assert.Equal(figures[IndicatorKeys.StationedDays] + 2, (await app.FiguresAsync(cadre.CampaignId))[IndicatorKeys.StationedDays]);

        stay["talks"] = 9;
        await (await api.PostJsonAsync(Logs, stay, key)).AssertProblemAsync(422, "Idempotency-Key");
        Assert.Equal(before + 1, await app.CountAsync());

        // A new key is a new stay.
        stay["startDate"] = "2007-04-20"; stay["endDate"] = "2007-04-20";
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync(Logs, stay, Guid.NewGuid().ToString())).StatusCode);
        Assert.Equal(before + 2, await app.CountAsync());
    }

    [Fact]
    public async Task Bad_input_is_400_with_the_field_and_the_core_message_and_saves_nothing()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 5);
        var api = app.Bearer(await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsWrite));
        var before = await app.CountAsync();

        var stay = ApiTestData.Stay(cadre.ParticipantId, cadre.VillageId, start: "2007-04-12", end: "2007-04-10");
        var problem = await (await api.PostJsonAsync(Logs, stay, Guid.NewGuid().ToString())).AssertProblemAsync(400, "结束日期不能早于开始日期");
        Assert.Equal("结束日期不能早于开始日期", problem.GetProperty("errors").GetProperty("endDate")[0].GetString());

        stay = ApiTestData.Stay(cadre.ParticipantId, cadre.VillageId);
        stay["householdsVisited"] = -1;
        await (await api.PostJsonAsync(Logs, stay)).AssertProblemAsync(400, "走访农户数不能为负数");

        var notJson = await api.PostAsync(Logs, new StringContent("{\"participantId\": \"张三\"}", System.Text.Encoding.UTF8, "application/json"));
        await notJson.AssertProblemAsync(400, "JSON");
        Assert.Equal(before, await app.CountAsync());
        Assert.Equal(0, await app.DbAsync(db => db.ApiIdempotencyRecords.CountAsync(r => r.RequestHash == "")));
    }

    [Fact]
    public async Task A_shipu_system_token_files_in_shipu_and_is_403_for_another_town()
    {
        var api = app.Bearer(await app.SystemTokenAsync("石浦镇", ApiScopes.FieldLogsWrite, ApiScopes.ConcernsWrite, ApiScopes.ConcernsRead));
        var (shipuMember, dongmen) = await app.MemberAsync(1);    // group 1 sits in 东门渔村, 石浦镇
        var (dandongMember, qiaotoulin) = await app.MemberAsync(2); // group 2 sits in 桥头林村, 丹东街道
        var before = await app.CountAsync();

        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync(Logs, ApiTestData.Stay(shipuMember, dongmen))).StatusCode);
        await (await api.PostJsonAsync(Logs, ApiTestData.Stay(dandongMember, qiaotoulin))).AssertProblemAsync(403, "无权");
        Assert.Equal(before + 1, await app.CountAsync());

        var concerns = await app.DbAsync(db => db.Concerns.CountAsync());
        var outside = new { categoryCode = "roads", villageId = qiaotoulin, description = "村口道路坑洼,雨天积水严重", reporterName = "王小明" };
        await (await api.PostJsonAsync(Concerns, outside)).AssertProblemAsync(403, "无权");
        Assert.Equal(concerns, await app.DbAsync(db => db.Concerns.CountAsync()));

        // A concern filed by 丹东街道's own platform exists, but the 石浦镇 token may not read it.
        var dandong = app.Bearer(await app.SystemTokenAsync("丹东街道", ApiScopes.ConcernsWrite));
        var filed = await dandong.PostJsonAsync(Concerns, outside);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var foreign = (await filed.JsonAsync()).GetProperty("trackingNumber").GetString();
        await (await api.GetAsync($"{Concerns}/{foreign}")).AssertProblemAsync(403, "不在");
        // …and the 丹东街道 token has no read scope.
        await (await dandong.GetAsync($"{Concerns}/{foreign}")).AssertProblemAsync(403, ApiScopes.ConcernsRead);
    }

    [Fact]
    public async Task A_platform_files_a_concern_for_a_resident_reads_its_status_and_the_public_never_sees_the_name()
    {
        var api = app.Bearer(await app.SystemTokenAsync("石浦镇", ApiScopes.ConcernsWrite, ApiScopes.ConcernsRead));
        var (_, dongmen) = await app.MemberAsync(1);
        var resolvedBefore = await app.DbAsync(db => db.Concerns.CountAsync(c => c.Status == ConcernStatus.Received));
        var body = new
        {
            categoryCode = "fishery", villageId = dongmen, description = "渔港避风塘淤积,王小明家渔船进出困难,联系电话13812345678",
            reporterName = "王小明", reporterPhone = "13812345678",
        };
        var key = Guid.NewGuid().ToString();
        var created = await api.PostJsonAsync(Concerns, body, key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        var number = json.GetProperty("trackingNumber").GetString()!;
        var code = json.GetProperty("queryCode").GetString()!;
        Assert.Equal("受理", json.GetProperty("statusName").GetString());

        // A retry gives the same number and code and files nothing more.
        var retry = await (await api.PostJsonAsync(Concerns, body, key)).JsonAsync();
        Assert.Equal((number, code), (retry.GetProperty("trackingNumber").GetString(), retry.GetProperty("queryCode").GetString()));
        Assert.Equal(resolvedBefore + 1, await app.DbAsync(db => db.Concerns.CountAsync(c => c.Status == ConcernStatus.Received)));
        var stored = await app.DbAsync(db => db.Concerns.SingleAsync(c => c.TrackingNumber == number));
        Assert.Equal((ConcernSource.Portal, "王小明"), (stored.Source, stored.ReporterName));
        // The query code is never in the audit log (the idempotent answer holding it is kept out).
        Assert.False(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Details!.Contains(code))));

        var status = await api.GetAsync($"{Concerns}/{number}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var text = await status.Content.ReadAsStringAsync();
        Assert.Contains("\"statusName\":\"受理\"", text);
        Assert.DoesNotContain("13812345678", text);
        await (await api.GetAsync($"{Concerns}/000000000000")).AssertProblemAsync(404, "不存在");

        // The resident follows it on the portal with the code; his name and phone are masked there.
        var track = await app.CreateClient().PostFormAsync("/concerns/track", new Dictionary<string, string> { ["Number"] = number, ["Code"] = code });
        var page = await track.Content.ReadAsStringAsync();
        Assert.Contains("渔港避风塘淤积", page);
        Assert.DoesNotContain("王小明", page);
        Assert.DoesNotContain("13812345678", page);
    }

    [Fact]
    public async Task Deleting_a_stay_with_a_concern_is_409_and_a_cadre_past_the_correction_window_is_403()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 6);
        var api = app.Bearer(await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsWrite, ApiScopes.ConcernsWrite));
        var id = (await (await api.PostJsonAsync(Logs, ApiTestData.Stay(cadre.ParticipantId, cadre.VillageId))).JsonAsync()).GetProperty("id").GetInt64();

        var raised = await api.PostJsonAsync(Concerns, new { categoryCode = "roads", villageId = cadre.VillageId, description = "座谈会上反映村道路灯不亮", fieldLogId = id });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var number = (await raised.JsonAsync()).GetProperty("trackingNumber").GetString();
        Assert.Equal(ConcernSource.FieldVisit, await app.DbAsync(db => db.Concerns.Where(c => c.TrackingNumber == number).Select(c => c.Source).SingleAsync()));

        await (await api.DeleteAsync($"{Logs}/{id}?reason=重复")).AssertProblemAsync(409, "民情诉求");
        Assert.True(await app.DbAsync(db => db.FieldLogs.AnyAsync(l => l.Id == id)));

        await app.DbAsync(db => db.FieldLogs.Where(l => l.Id == id).ExecuteUpdateAsync(s => s.SetProperty(l => l.CreatedAt, DateTime.UtcNow.AddDays(-30))));
        await (await api.PatchAsJsonAsync($"{Logs}/{id}", new { reason = "补记", talks = 4 })).AssertProblemAsync(403, "活动办公室");
        Assert.Equal(3, await app.DbAsync(db => db.FieldLogs.Where(l => l.Id == id).Select(l => l.Talks).SingleAsync()));

        // Another cadre's token cannot even read it.
        var other = await app.SignInLinkedAsync(StaffRole.Cadre, 7);
        var otherApi = app.Bearer(await app.PersonTokenAsync(other.User, ApiScopes.FieldLogsRead, ApiScopes.FieldLogsWrite));
        await (await otherApi.GetAsync($"{Logs}/{id}")).AssertProblemAsync(403, "可见范围");
        await (await otherApi.PostJsonAsync(Logs, ApiTestData.Stay(cadre.ParticipantId, cadre.VillageId))).AssertProblemAsync(403, "无权");
    }
}

public sealed class WriteApiTestsOnSqlite(SqliteApp app) : WriteApiTests(app), IClassFixture<SqliteApp>;
public sealed class WriteApiTestsOnPostgres(PostgresApp app) : WriteApiTests(app), IClassFixture<PostgresApp>;
