using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Accounts;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Hardening;

/// <summary>
/// Two-factor sign-in with an authenticator app: enrolment with a code computed here from the shown secret, sign-in with
/// the app's code, recovery codes that work once, and forced enrolment for a role that requires it (SystemAdmin here).
/// </summary>
public abstract class TwoFactorTests(HardenedApp app)
{
    [Fact]
    public async Task Enrol_with_a_code_from_the_secret_then_sign_in_with_the_app()
    {
        var (client, user) = await app.SignInAsync(StaffRole.Cadre, prefix: "totp", ip: "192.0.2.7");
        var page = await client.GetDocumentAsync("/account/two-factor");
        var qr = page.QuerySelector(".qr-code img")?.GetAttribute("src") ?? "";
        Assert.StartsWith("data:image/png;base64,", qr);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Convert.FromBase64String(qr["data:image/png;base64,".Length..])[..4]);

        var wrong = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = "12345" },
            "/account/two-factor?handler=Enable");
        Assert.Contains("验证码不正确", await wrong.TextAsync());
        Assert.False(await app.DbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var (key, codes) = await client.EnrolAsync();
        Assert.Equal(TwoFactorEnrolment.RecoveryCodeCount, codes.Count);
        Assert.True(await app.DbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        var enrolled = await app.DbAsync(db => db.AuditEntries.Where(e => e.UserId == user.Id).ToListAsync());
        Assert.Contains(enrolled, e => e.Action == AuditActions.TwoFactorEnabled);
        // The secret and the recovery codes never reach the audit log.
        Assert.DoesNotContain(enrolled, e => (e.Details ?? "").Contains(key, StringComparison.OrdinalIgnoreCase)
            || codes.Any(c => (e.Details ?? "").Contains(c, StringComparison.Ordinal)));

        var fresh = app.CreateClientFrom("192.0.2.1");
        var first = await fresh.LoginAsync(user.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/account/login-2fa", first.RedirectTarget());
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/manage")).StatusCode); // the password alone is not a session

        var bad = await fresh.SecondStepAsync("000000" == TwoFactorClients.CodeFor(key) ? "111111" : "000000");
        Assert.Contains("验证码不正确", await bad.TextAsync());
        var second = await fresh.SecondStepAsync(TwoFactorClients.CodeFor(key));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/manage", second.RedirectTarget());
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/manage")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_only()
    {
        var (client, user) = await app.SignInAsync(StaffRole.Cadre, prefix: "recover", ip: "192.0.2.8");
        var (_, codes) = await client.EnrolAsync();

        var phoneLost = app.CreateClientFrom("192.0.2.2");
        await phoneLost.LoginAsync(user.UserName!, StaffClients.Password);
        // Typed as a person would: lower case, a space instead of the dash.
        var used = await phoneLost.SecondStepAsync(codes[0].ToLowerInvariant().Replace('-', ' '), recovery: true);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phoneLost.GetAsync("/manage")).StatusCode);

        var again = app.CreateClientFrom("192.0.2.3");
        await again.LoginAsync(user.UserName!, StaffClients.Password);
        var refused = await again.SecondStepAsync(codes[0], recovery: true);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("恢复码不正确或已使用过", await refused.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await again.SecondStepAsync(codes[1], recovery: true)).StatusCode);

        var status = await again.GetAsync("/account/two-factor");
        Assert.Contains($"剩余恢复码:{TwoFactorEnrolment.RecoveryCodeCount - 2}个", await status.TextAsync());
        var actions = await app.DbAsync(db => db.AuditEntries.Where(e => e.UserId == user.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(2, actions.Count(a => a == AuditActions.RecoveryCodeUsed));
        Assert.Contains(AuditActions.TwoFactorFailed, actions);
    }

    [Fact]
    public async Task A_role_that_requires_two_factor_must_enrol_before_anything_else()
    {
        var (client, user) = await app.SignInAsync(StaffRole.SystemAdmin, prefix: "forced", ip: "192.0.2.9");
        foreach (var url in new[] { "/manage", "/manage/users", "/manage/audit" })
        {
            var blocked = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal("/account/two-factor", blocked.RedirectTarget());
        }
        Assert.Contains("您的角色要求使用两步验证", await (await client.GetAsync("/account/two-factor")).TextAsync());

        var (key, _) = await client.EnrolAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/manage/users")).StatusCode);

        // Required: it cannot be turned off, even with the password.
        var off = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Password"] = StaffClients.Password },
            "/account/two-factor?handler=Disable");
        Assert.Contains("不能停用", await off.TextAsync());
        Assert.True(await app.DbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var next = app.CreateClientFrom("192.0.2.4");
        Assert.StartsWith("/account/login-2fa", (await next.LoginAsync(user.UserName!, StaffClients.Password)).RedirectTarget());
        Assert.Equal(HttpStatusCode.Redirect, (await next.SecondStepAsync(TwoFactorClients.CodeFor(key))).StatusCode);
    }

    [Fact]
    public async Task A_role_that_does_not_require_it_may_turn_it_off_with_the_password()
    {
        var (client, user) = await app.SignInAsync(StaffRole.Cadre, prefix: "optional", ip: "192.0.2.10");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/manage")).StatusCode); // offered, not forced
        await client.EnrolAsync();

        var wrong = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Password"] = "Wrong#Pass-1" },
            "/account/two-factor?handler=Disable");
        Assert.Contains("密码不正确", await wrong.TextAsync());
        var off = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Password"] = StaffClients.Password },
            "/account/two-factor?handler=Disable");
        Assert.Contains("两步验证已停用", await off.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClientFrom("192.0.2.5").LoginAsync(user.UserName!, StaffClients.Password)).StatusCode);
        Assert.Equal("/manage", (await app.CreateClientFrom("192.0.2.6").LoginAsync(user.UserName!, StaffClients.Password)).RedirectTarget());
        Assert.Contains(AuditActions.TwoFactorDisabled,
            await app.DbAsync(db => db.AuditEntries.Where(e => e.UserId == user.Id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task An_admin_resets_two_factor_for_a_user_who_lost_phone_and_codes()
    {
        var (client, user) = await app.SignInAsync(StaffRole.Cadre, prefix: "lost", ip: "192.0.2.11");
        var (key, _) = await client.EnrolAsync();
        var (admin, _) = await app.SignInAsync(StaffRole.SystemAdmin, prefix: "helpdesk", ip: "192.0.2.12");
        await admin.EnrolAsync(); // SystemAdmin must enrol before he can reach the user pages

        var reset = await admin.PostFormAsync($"/manage/users/{user.Id}", new Dictionary<string, string>(),
            $"/manage/users/{user.Id}?handler=ResetTwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(await app.DbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Contains(await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityKey == user.Id && e.Action == AuditActions.TwoFactorDisabled)
            .Select(e => e.Details).ToListAsync()), d => d == "reset by admin");

        var again = app.CreateClientFrom("192.0.2.13");
        Assert.Equal("/manage", (await again.LoginAsync(user.UserName!, StaffClients.Password)).RedirectTarget());
        Assert.NotEqual(key, await again.ShownKeyAsync()); // a new key: the lost phone's codes are worthless
    }
}

public sealed class TwoFactorTestsOnSqlite(HardenedSqliteApp app) : TwoFactorTests(app), IClassFixture<HardenedSqliteApp>;
public sealed class TwoFactorTestsOnPostgres(HardenedPostgresApp app) : TwoFactorTests(app), IClassFixture<HardenedPostgresApp>;
