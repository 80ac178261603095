using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Accounts;

/// <summary>Wrong passwords, lockout and disabled accounts. Each test has its own user: lockout is per account.</summary>
public abstract class LockoutTests(DundianApp app)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var user = await app.CreateStaffAsync(StaffClients.UniqueName("lock"), StaffClients.Password, StaffRole.Cadre);
        var client = app.CreateClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await client.LoginAsync(user.UserName!, "Wrong#Pass-1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"用户名或密码错误,还可尝试{5 - attempt}次", await response.TextAsync());
        }
        var fifth = await client.LoginAsync(user.UserName!, "Wrong#Pass-1");
        Assert.Contains("账号已被锁定,请15分钟后再试", await fifth.TextAsync());

        var right = await client.LoginAsync(user.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账号已被锁定", await right.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/manage")).StatusCode);

        var actions = await app.DbAsync(db => db.AuditEntries.Where(e => e.UserId == user.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(4, actions.Count(a => a == AuditActions.LoginFailed));
        Assert.Contains(AuditActions.LockedOut, actions);
        Assert.DoesNotContain(AuditActions.Login, actions);
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_message_without_a_count()
    {
        var response = await app.CreateClient().LoginAsync(StaffClients.UniqueName("nobody"), "Wrong#Pass-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("用户名或密码错误", text);
        Assert.DoesNotContain("还可尝试", text);
    }

    [Fact]
    public async Task Disabled_account_cannot_sign_in()
    {
        var user = await app.CreateStaffAsync(StaffClients.UniqueName("off"), StaffClients.Password, StaffRole.Cadre);
        await app.DbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true)));

        var client = app.CreateClient();
        var response = await client.LoginAsync(user.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该账号已停用", await response.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/manage")).StatusCode);
    }
}

public sealed class LockoutTestsOnSqlite(SqliteApp app) : LockoutTests(app), IClassFixture<SqliteApp>;
public sealed class LockoutTestsOnPostgres(PostgresApp app) : LockoutTests(app), IClassFixture<PostgresApp>;
