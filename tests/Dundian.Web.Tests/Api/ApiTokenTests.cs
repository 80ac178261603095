using System.Net;
using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Core.ApiAccess;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Api;

/// <summary>
/// Tokens: 401 for none, a wrong one, a revoked or an expired one; 403 for a missing scope; the staff page issues a
/// token shown once (only its hash stored, audited without it) and revokes it; the OpenAPI document describes the API.
/// </summary>
public abstract class ApiTokenTests(DundianApp app)
{
    private const string Logs = "/api/v1/field-logs";

    [Fact]
    public async Task No_wrong_revoked_or_expired_token_is_401_and_a_missing_scope_is_403_and_nothing_is_written()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 8);
        var stay = ApiTestData.Stay(cadre.ParticipantId, cadre.VillageId);
        var before = await app.CountAsync();

        var none = await app.Bearer(null).PostJsonAsync(Logs, stay);
        await none.AssertProblemAsync(401, "Bearer");
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        // The staff cookie alone does not open the API (no cross-site writes through a signed-in browser).
        await (await cadre.Client.PostJsonAsync(Logs, stay)).AssertProblemAsync(401, "Bearer");
        await (await app.Bearer("dd_not-a-real-token").PostJsonAsync(Logs, stay)).AssertProblemAsync(401, "令牌无效");

        var revoked = await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsWrite);
        await app.DbAsync(db => db.ApiTokens.Where(t => t.TokenHash == ApiTokenService.Hash(revoked))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow)));
        await (await app.Bearer(revoked).PostJsonAsync(Logs, stay)).AssertProblemAsync(401, "吊销");

        var expired = await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsWrite);
        await app.DbAsync(db => db.ApiTokens.Where(t => t.TokenHash == ApiTokenService.Hash(expired))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        await (await app.Bearer(expired).PostJsonAsync(Logs, stay)).AssertProblemAsync(401, "过期");

        var readOnly = await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsRead);
        await (await app.Bearer(readOnly).PostJsonAsync(Logs, stay)).AssertProblemAsync(403, ApiScopes.FieldLogsWrite);
        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(readOnly).GetAsync(Logs)).StatusCode);

        // A disabled account's token stops at once.
        var live = await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsWrite);
        await app.DbAsync(db => db.Users.Where(u => u.Id == cadre.User.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true)));
        await (await app.Bearer(live).PostJsonAsync(Logs, stay)).AssertProblemAsync(401, "停用");
        Assert.Equal(before, await app.CountAsync());
    }

    [Fact]
    public async Task The_staff_page_issues_a_token_once_stores_only_its_hash_and_revokes_it()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 9);
        var page = await cadre.Client.GetDocumentAsync("/manage/api-tokens");
        Assert.Contains("API 令牌", page.Title);
        Assert.Null(page.QuerySelector("#Input_OrgUnitId")); // system tokens are for SystemAdmins

        var issued = await cadre.Client.PostFormAsync("/manage/api-tokens", new Dictionary<string, string>
        {
            ["Input.Name"] = "象山移动办公", ["Input.Scopes"] = ApiScopes.FieldLogsWrite, ["Input.ExpiresInDays"] = "30",
        }, "/manage/api-tokens?handler=Create");
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var secret = (await Html.ParseAsync(issued)).QuerySelector("#issued-secret")!.TextContent.Trim();
        Assert.StartsWith(ApiTokenService.SecretStart, secret);

        var stored = await app.DbAsync(db => db.ApiTokens.SingleAsync(t => t.UserId == cadre.User.Id && t.Name == "象山移动办公"));
        Assert.Equal(ApiTokenService.Hash(secret), stored.TokenHash);
        Assert.Equal(secret[..ApiTokenService.PrefixLength], stored.Prefix);
        var audit = await app.DbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "ApiToken" && e.EntityKey == stored.Id.ToString() && e.Action == "Insert"));
        Assert.Equal(cadre.User.Id, audit.UserId);
        Assert.DoesNotContain(stored.TokenHash, audit.Details);
        // Shown once: the list afterwards names the prefix only.
        var list = await cadre.Client.GetStringAsync("/manage/api-tokens");
        Assert.DoesNotContain(secret, list);
        Assert.Contains(stored.Prefix, list);

        var stay = ApiTestData.Stay(cadre.ParticipantId, cadre.VillageId);
        Assert.Equal(HttpStatusCode.Created, (await app.Bearer(secret).PostJsonAsync(Logs, stay)).StatusCode);
        Assert.NotNull(await app.DbAsync(db => db.ApiTokens.Where(t => t.Id == stored.Id).Select(t => t.LastUsedAt).SingleAsync()));

        var revoked = await cadre.Client.PostFormAsync("/manage/api-tokens", new Dictionary<string, string>(),
            $"/manage/api-tokens?handler=Revoke&id={stored.Id}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "ApiToken" && e.EntityKey == stored.Id.ToString() && e.Action == "Update")));
        stay["startDate"] = "2007-04-21"; stay["endDate"] = "2007-04-21";
        await (await app.Bearer(secret).PostJsonAsync(Logs, stay)).AssertProblemAsync(401, "吊销");

        // Someone else's token is not his to revoke, and a cadre cannot issue a system token.
        var otherToken = await app.DbAsync(db => db.ApiTokens.Where(t => t.UserId != cadre.User.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync());
        if (otherToken is { } otherId)
            Assert.Equal(HttpStatusCode.NotFound, (await cadre.Client.PostFormAsync("/manage/api-tokens", new Dictionary<string, string>(),
                $"/manage/api-tokens?handler=Revoke&id={otherId}")).StatusCode);
        var shipu = await app.OrgUnitIdAsync("石浦镇");
        var refused = await cadre.Client.PostFormAsync("/manage/api-tokens", new Dictionary<string, string>
        {
            ["Input.Name"] = "冒充系统", ["Input.Scopes"] = ApiScopes.ConcernsWrite, ["Input.ExpiresInDays"] = "30", ["Input.OrgUnitId"] = shipu.ToString(),
        }, "/manage/api-tokens?handler=Create");
        Assert.Contains("系统管理员", await refused.TextAsync());
        Assert.False(await app.DbAsync(db => db.ApiTokens.AnyAsync(t => t.Name == "冒充系统")));
    }

    [Fact]
    public async Task A_system_admin_sees_the_unit_choice_and_the_menu_links_the_page()
    {
        var (admin, _) = await app.SignInFromOwnAddressAsync(StaffRole.SystemAdmin, "象山县");
        var page = await admin.GetDocumentAsync("/manage/api-tokens");
        Assert.NotNull(page.QuerySelector("#Input_OrgUnitId"));
        Assert.NotNull((await admin.GetDocumentAsync("/manage")).QuerySelector("a[href='/manage/api-tokens']"));
    }

    [Fact]
    public async Task A_token_past_its_rate_limit_gets_429_in_chinese_with_retry_after()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 10);
        var api = app.Bearer(await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsRead));
        // 120 a minute per token: the window starts with the first request, so the 121st within it is refused.
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 250 && refused is null; i++)
        {
            var response = await api.GetAsync(Logs + "?pageSize=1");
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
            else Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.NotNull(refused);
        await refused.AssertProblemAsync(429, "请求过于频繁");
        Assert.NotNull(refused.Headers.RetryAfter);
        // Another token is counted apart.
        var other = app.Bearer(await app.PersonTokenAsync(cadre.User, ApiScopes.FieldLogsRead));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(Logs + "?pageSize=1")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_write_api_with_the_bearer_scheme()
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = doc.RootElement;
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var paths = root.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/field-logs", "/api/v1/field-logs/{id}", "/api/v1/concerns", "/api/v1/concerns/{trackingNumber}" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var post = paths.GetProperty("/api/v1/field-logs").GetProperty("post");
        Assert.Equal(ApiScopes.FieldLogsWrite, post.GetProperty("security")[0].GetProperty("ApiToken")[0].GetString());
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(paths.GetProperty("/api/v1/field-logs/{id}").TryGetProperty("patch", out _));
        Assert.True(root.GetProperty("components").GetProperty("schemas").TryGetProperty("ConcernBody", out _));
    }
}

public sealed class ApiTokenTestsOnSqlite(SqliteApp app) : ApiTokenTests(app), IClassFixture<SqliteApp>;
public sealed class ApiTokenTestsOnPostgres(PostgresApp app) : ApiTokenTests(app), IClassFixture<PostgresApp>;
