using System.Net;
using AngleSharp.Dom;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Accounts;

/// <summary>
/// Wrong passwords and disabled accounts. Answers must not tell real user names from unknown ones, and a stranger's
/// failures must not keep the real user out: throttling is per user name and client address, not per account.
/// Each test uses its own user and addresses (the app fixture and its throttle are shared by the class).
/// </summary>
public abstract class LockoutTests(DundianApp app)
{
    [Fact]
    public async Task Unknown_and_real_user_names_get_the_same_answer_every_time()
    {
        var user = await app.CreateStaffAsync(StaffClients.UniqueName("real"), StaffClients.Password, StaffRole.Cadre);
        var unknown = StaffClients.UniqueName("nobody");
        var realClient = app.CreateClientFrom("198.51.100.11");
        var unknownClient = app.CreateClientFrom("198.51.100.12");

        for (var attempt = 1; attempt <= SignInThrottle.FreeFailures + 1; attempt++)
        {
            var real = await realClient.LoginAsync(user.UserName!, "Wrong#Pass-1");
            var none = await unknownClient.LoginAsync(unknown, "Wrong#Pass-1");
            Assert.Equal(HttpStatusCode.OK, real.StatusCode);
            Assert.Equal(real.StatusCode, none.StatusCode);
            var realMessage = await MessageAsync(real);
            Assert.Equal(realMessage, await MessageAsync(none));
            Assert.DoesNotContain("还可尝试", realMessage);
            Assert.Contains(attempt < SignInThrottle.FreeFailures ? "用户名或密码错误" : "错误次数过多,请1分钟后再试", realMessage);
        }

        // Both were tried; neither was locked in the database (nothing a stranger could use against the account).
        var stored = await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Null(stored.LockoutEnd);
        Assert.Equal(0, stored.AccessFailedCount);
    }

    [Fact]
    public async Task A_strangers_failures_from_another_address_do_not_keep_the_user_out()
    {
        var user = await app.CreateStaffAsync(StaffClients.UniqueName("admin"), StaffClients.Password, StaffRole.SystemAdmin);
        var stranger = app.CreateClientFrom("203.0.113.66");
        for (var attempt = 0; attempt < 10; attempt++) await stranger.LoginAsync(user.UserName!, "Guess#Pass-" + attempt);

        // The stranger is held back, even with the right password...
        var held = await stranger.LoginAsync(user.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Contains("错误次数过多", await MessageAsync(held));

        // ...while the user signs in from his own address at once.
        var own = app.CreateClientFrom("198.51.100.20");
        var response = await own.LoginAsync(user.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/manage")).StatusCode);

        var actions = await app.DbAsync(db => db.AuditEntries.Where(e => e.UserName == user.UserName).Select(e => new { e.Action, e.IpAddress }).ToListAsync());
        Assert.Contains(actions, a => a.Action == AuditActions.SignInThrottled && a.IpAddress == "203.0.113.66");
        Assert.Contains(actions, a => a.Action == AuditActions.Login && a.IpAddress == "198.51.100.20");
    }

    [Fact]
    public async Task The_right_password_clears_the_count_for_that_address()
    {
        var user = await app.CreateStaffAsync(StaffClients.UniqueName("typo"), StaffClients.Password, StaffRole.Cadre);
        var client = app.CreateClientFrom("198.51.100.30");
        for (var i = 1; i < SignInThrottle.FreeFailures; i++) await client.LoginAsync(user.UserName!, "Typo#Pass-1");
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(user.UserName!, StaffClients.Password)).StatusCode);

        var again = app.CreateClientFrom("198.51.100.30");
        for (var i = 1; i < SignInThrottle.FreeFailures; i++)
            Assert.Equal("用户名或密码错误。", await MessageAsync(await again.LoginAsync(user.UserName!, "Typo#Pass-2")));
    }

    [Fact]
    public async Task Disabled_account_is_named_only_to_someone_who_knows_the_password()
    {
        var user = await app.CreateStaffAsync(StaffClients.UniqueName("off"), StaffClients.Password, StaffRole.Cadre);
        await app.DbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true)));

        var client = app.CreateClientFrom("198.51.100.40");
        var wrong = await client.LoginAsync(user.UserName!, "Wrong#Pass-1");
        Assert.Equal("用户名或密码错误。", await MessageAsync(wrong));
        var response = await client.LoginAsync(user.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该账号已停用", await response.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/manage")).StatusCode);
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response) =>
        Html.Squash((await Html.ParseAsync(response)).QuerySelector(".message-error")?.TextContent ?? "");
}

public sealed class LockoutTestsOnSqlite(SqliteApp app) : LockoutTests(app), IClassFixture<SqliteApp>;
public sealed class LockoutTestsOnPostgres(PostgresApp app) : LockoutTests(app), IClassFixture<PostgresApp>;
