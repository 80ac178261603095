using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Accounts;

/// <summary>First admin sign-in with the forced password change, return URLs and logout.</summary>
public abstract class SignInFlowTests(DundianApp app)
{
    // The only test of this class that signs in as "admin": it changes that account's password.
    [Fact]
    public async Task First_admin_must_change_the_password_before_reaching_anything()
    {
        var client = app.CreateClient();
        var login = await client.LoginAsync(FirstAdmin.UserName, DundianApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/account/change-password", login.Headers.Location?.OriginalString);

        foreach (var url in new[] { "/manage", "/manage/users", "/manage/audit" })
        {
            var blocked = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal("/account/change-password", blocked.Headers.Location?.OriginalString);
        }

        var weak = await client.PostFormAsync("/account/change-password", Fields(DundianApp.AdminPassword, "abc"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("密码至少需要10个字符", await weak.TextAsync());

        const string strong = "Admin#Changed-2026";
        var changed = await client.PostFormAsync("/account/change-password", Fields(DundianApp.AdminPassword, strong));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/manage", changed.Headers.Location?.OriginalString);

        var users = await client.GetAsync("/manage/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("用户管理", await users.TextAsync());
        var admin = await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == FirstAdmin.UserName));
        Assert.False(admin.MustChangePassword);
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == admin.Id && e.Action == AuditActions.PasswordChanged)));
    }

    [Fact]
    public async Task Mismatched_confirmation_changes_nothing()
    {
        var (client, user) = await app.SignInAsync(StaffRole.Cadre);
        var response = await client.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = StaffClients.Password, ["Input.NewPassword"] = "Other#Pass-2026", ["Input.ConfirmPassword"] = "Different#2026",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("两次输入的新密码不一致", await response.TextAsync());
        var fresh = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.LoginAsync(user.UserName!, StaffClients.Password)).StatusCode);
    }

    [Fact]
    public async Task Sign_in_goes_only_to_local_return_urls()
    {
        var user = await app.CreateStaffAsync(StaffClients.UniqueName("ret"), StaffClients.Password, StaffRole.Cadre);
        var client = app.CreateClient();
        var response = await client.PostFormAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Input.UserName"] = user.UserName!, ["Input.Password"] = StaffClients.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/manage", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Logout_happens_only_on_post()
    {
        var (client, user) = await app.SignInAsync(StaffRole.Cadre);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/logout")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/manage")).StatusCode);

        var logout = await client.PostFormAsync("/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var after = await client.GetAsync("/manage");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.RedirectTarget());
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == user.Id && e.Action == AuditActions.Logout)));
    }

    private static Dictionary<string, string> Fields(string old, string next) => new()
    {
        ["Input.OldPassword"] = old, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = next,
    };
}

public sealed class SignInFlowTestsOnSqlite(SqliteApp app) : SignInFlowTests(app), IClassFixture<SqliteApp>;
public sealed class SignInFlowTestsOnPostgres(PostgresApp app) : SignInFlowTests(app), IClassFixture<PostgresApp>;
