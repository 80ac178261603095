using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Accounts;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Manage;

/// <summary>Creating accounts and granting roles: antiforgery, audit, and the admin's org-unit scope.</summary>
public abstract class UserAdminTests(DundianApp app)
{
    private Dictionary<string, string> NewUser(string userName, StaffRole role, int orgUnitId) => new()
    {
        ["Input.DisplayName"] = "测试用户", ["Input.UserName"] = userName, ["Input.Password"] = "Init#Pass-2026",
        ["Grant.Role"] = role.ToString(), ["Grant.OrgUnitId"] = orgUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Forged_post_without_antiforgery_token_is_refused_and_creates_nothing()
    {
        var (client, _) = await app.SignInAsync(StaffRole.SystemAdmin, prefix: "adm");
        var before = await app.DbAsync(db => db.Users.CountAsync());
        var name = StaffClients.UniqueName("forged");

        var response = await client.PostAsync("/manage/users/create",
            new FormUrlEncodedContent(NewUser(name, StaffRole.Cadre, await app.OrgUnitIdAsync("石浦镇"))));

        // 400 as re-executed by the Chinese error page (/error/{code}, which keeps the original status code).
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.DbAsync(db => db.Users.CountAsync()));
        Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.UserName == name)));
    }

    [Fact]
    public async Task Creating_a_user_is_audited_with_the_admin_and_the_audit_page_filters()
    {
        var (client, admin) = await app.SignInAsync(StaffRole.SystemAdmin, prefix: "adm", ip: "10.20.30.40");
        var name = StaffClients.UniqueName("new");
        var response = await client.PostFormAsync("/manage/users/create", NewUser(name, StaffRole.Cadre, await app.OrgUnitIdAsync("东门渔村")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var created = await app.DbAsync(db => db.Users.Include(u => u.Grants).AsNoTracking().SingleAsync(u => u.UserName == name));
        Assert.True(created.MustChangePassword);
        Assert.Equal(StaffRole.Cadre, Assert.Single(created.Grants).Role);

        var entries = await app.DbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.UserId == admin.Id).ToListAsync());
        Assert.Contains(entries, e => e.Action == AuditActions.UserCreated && e.EntityKey == created.Id);
        Assert.Contains(entries, e => e.Action == "Insert" && e.EntityType == nameof(AppUser) && e.EntityKey == created.Id);
        Assert.Contains(entries, e => e.Action == "Insert" && e.EntityType == nameof(RoleGrant));
        Assert.All(entries, e => Assert.Equal(admin.UserName, e.UserName));
        Assert.All(entries, e => Assert.Equal("10.20.30.40", e.IpAddress));
        Assert.DoesNotContain(entries, e => e.Details != null && e.Details.Contains("PasswordHash"));

        var today = Dundian.Core.Common.ChinaTime.ToLocal(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var byAction = await (await client.GetAsync($"/manage/audit?userName={admin.UserName}&action=UserCreated&from={today}&to={today}")).TextAsync();
        Assert.Contains("共1条", byAction);
        Assert.Contains(name, byAction);
        var byType = await (await client.GetAsync($"/manage/audit?userName={admin.UserName}&entityType=RoleGrant")).TextAsync();
        Assert.Contains("共1条", byType);
        var otherAction = await (await client.GetAsync($"/manage/audit?userName={admin.UserName}&action=Logout")).TextAsync();
        Assert.Contains("共0条", otherAction);
        var tomorrow = Dundian.Core.Common.ChinaTime.ToLocal(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        var future = await (await client.GetAsync($"/manage/audit?userName={admin.UserName}&from={tomorrow}")).TextAsync();
        Assert.Contains("共0条", future);
    }

    [Fact]
    public async Task Town_admin_cannot_grant_a_role_outside_his_town()
    {
        var (client, _) = await app.SignInAsync(StaffRole.SystemAdmin, "石浦镇", prefix: "town");
        var dandong = await app.OrgUnitIdAsync("丹东街道");

        var form = await client.GetAsync("/manage/users/create");
        var options = (await Html.ParseAsync(form)).QuerySelectorAll("select[name='Grant.OrgUnitId'] option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("石浦镇", options);
        Assert.Contains("东门渔村", options);
        Assert.DoesNotContain("丹东街道", options);

        var name = StaffClients.UniqueName("out");
        var create = await client.PostFormAsync("/manage/users/create", NewUser(name, StaffRole.Cadre, dandong));
        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.Contains("您无权在“丹东街道”授予角色", await create.TextAsync());
        Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.UserName == name)));

        var cadre = await app.CreateStaffAsync(StaffClients.UniqueName("cadre"), StaffClients.Password, StaffRole.Cadre, "石浦镇");
        var grant = await client.PostFormAsync($"/manage/users/{cadre.Id}", new Dictionary<string, string>
        {
            ["Grant.Role"] = nameof(StaffRole.Editor), ["Grant.OrgUnitId"] = dandong.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/manage/users/{cadre.Id}?handler=AddGrant");
        Assert.Equal(HttpStatusCode.OK, grant.StatusCode);
        Assert.Contains("不在您的管理范围内", await grant.TextAsync());
        Assert.Equal(1, await app.DbAsync(db => db.RoleGrants.CountAsync(g => g.UserId == cadre.Id)));
    }

    [Fact]
    public async Task Town_admin_cannot_touch_an_account_with_grants_outside_his_town()
    {
        var (client, _) = await app.SignInAsync(StaffRole.SystemAdmin, "石浦镇", prefix: "town");
        var county = await app.CreateStaffAsync(StaffClients.UniqueName("county"), StaffClients.Password, StaffRole.CampaignOffice, "象山县");

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/manage/users/{county.Id}")).StatusCode);
        var token = Html.AntiforgeryToken(await client.GetDocumentAsync("/manage/users"));
        var disable = await client.PostAsync($"/manage/users/{county.Id}?handler=Disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.StartsWith("/account/access-denied", disable.RedirectTarget());
        Assert.False(await app.DbAsync(db => db.Users.Where(u => u.Id == county.Id).Select(u => u.IsDisabled).SingleAsync()));
    }

    [Fact]
    public async Task Granting_and_disabling_renew_the_security_stamp_and_disabled_users_cannot_sign_in()
    {
        var (client, _) = await app.SignInAsync(StaffRole.SystemAdmin, prefix: "adm");
        var cadre = await app.CreateStaffAsync(StaffClients.UniqueName("cadre"), StaffClients.Password, StaffRole.Cadre, "石浦镇");
        Task<string> Stamp() => app.DbAsync(db => db.Users.Where(u => u.Id == cadre.Id).Select(u => u.SecurityStamp!).SingleAsync());
        var stamp0 = await Stamp();

        var grant = await client.PostFormAsync($"/manage/users/{cadre.Id}", new Dictionary<string, string>
        {
            ["Grant.Role"] = nameof(StaffRole.GroupLead), ["Grant.OrgUnitId"] = (await app.OrgUnitIdAsync("东门渔村")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/manage/users/{cadre.Id}?handler=AddGrant");
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.Equal(2, await app.DbAsync(db => db.RoleGrants.CountAsync(g => g.UserId == cadre.Id)));
        var stamp1 = await Stamp();
        Assert.NotEqual(stamp0, stamp1);

        var disable = await client.PostFormAsync($"/manage/users/{cadre.Id}", new Dictionary<string, string>(), $"/manage/users/{cadre.Id}?handler=Disable");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.NotEqual(stamp1, await Stamp());
        var refused = await app.CreateClient().LoginAsync(cadre.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("该账号已停用", await refused.TextAsync());
    }
}

public sealed class UserAdminTestsOnSqlite(SqliteApp app) : UserAdminTests(app), IClassFixture<SqliteApp>;
public sealed class UserAdminTestsOnPostgres(PostgresApp app) : UserAdminTests(app), IClassFixture<PostgresApp>;
