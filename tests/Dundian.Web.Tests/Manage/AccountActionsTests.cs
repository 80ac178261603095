using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Manage;

/// <summary>Unlock, password reset, search, and what a town-level admin can see.</summary>
public abstract class AccountActionsTests(DundianApp app)
{
    private static Task<HttpResponseMessage> PostHandlerAsync(HttpClient client, AppUser user, string handler,
        Dictionary<string, string>? fields = null) =>
        client.PostFormAsync($"/manage/users/{user.Id}", fields ?? [], $"/manage/users/{user.Id}?handler={handler}");

    [Fact]
    public async Task Admin_unlocks_a_locked_account()
    {
        var (admin, _) = await app.SignInAsync(StaffRole.SystemAdmin, prefix: "adm");
        var cadre = await app.CreateStaffAsync(StaffClients.UniqueName("locked"), StaffClients.Password, StaffRole.Cadre, "石浦镇");
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.SetLockoutEndDateAsync((await users.FindByIdAsync(cadre.Id))!, DateTimeOffset.UtcNow.AddMinutes(15));
        });
        var refused = await app.CreateClient().LoginAsync(cadre.UserName!, StaffClients.Password);
        Assert.Contains("账号已被锁定", await refused.TextAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await PostHandlerAsync(admin, cadre, "Unlock")).StatusCode);
        var login = await app.CreateClient().LoginAsync(cadre.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task Password_reset_is_checked_by_the_policy_and_forces_a_change()
    {
        var (admin, _) = await app.SignInAsync(StaffRole.SystemAdmin, prefix: "adm");
        var cadre = await app.CreateStaffAsync(StaffClients.UniqueName("reset"), StaffClients.Password, StaffRole.Cadre, "石浦镇");

        var weak = await PostHandlerAsync(admin, cadre, "ResetPassword", new() { ["newPassword"] = "abc" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("密码至少需要10个字符", await weak.TextAsync());
        Assert.False(await app.DbAsync(db => db.Users.Where(u => u.Id == cadre.Id).Select(u => u.MustChangePassword).SingleAsync()));

        var reset = await PostHandlerAsync(admin, cadre, "ResetPassword", new() { ["newPassword"] = "Reset#Pass-2026" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var login = await app.CreateClient().LoginAsync(cadre.UserName!, "Reset#Pass-2026");
        Assert.Equal("/account/change-password", login.RedirectTarget());
    }

    [Fact]
    public async Task Town_admin_sees_only_accounts_and_audit_entries_of_his_town()
    {
        var (admin, adminUser) = await app.SignInAsync(StaffRole.SystemAdmin, "石浦镇", prefix: "town");
        var (_, inside) = await app.SignInAsync(StaffRole.Cadre, "东门渔村", prefix: "in");
        var (_, outside) = await app.SignInAsync(StaffRole.Cadre, "桥头林村", prefix: "out");

        var list = await (await admin.GetAsync("/manage/users")).TextAsync();
        Assert.Contains(inside.UserName!, list);
        Assert.DoesNotContain(outside.UserName!, list);

        // Only the result table: the page header shows the admin's own name.
        var search = (await Html.ParseAsync(await admin.GetAsync($"/manage/users?q={inside.UserName}")))
            .QuerySelector("table.data")!.TextContent;
        Assert.Contains(inside.UserName!, search);
        Assert.DoesNotContain(adminUser.UserName!, search);

        var audit = await (await admin.GetAsync("/manage/audit?action=Login")).TextAsync();
        Assert.Contains(inside.UserName!, audit);
        Assert.DoesNotContain(outside.UserName!, audit);
    }
}

public sealed class AccountActionsTestsOnSqlite(SqliteApp app) : AccountActionsTests(app), IClassFixture<SqliteApp>;
public sealed class AccountActionsTestsOnPostgres(PostgresApp app) : AccountActionsTests(app), IClassFixture<PostgresApp>;
