using System.Net;
using Dundian.Core.Accounts;
using Microsoft.Playwright;
using OtpNet;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Dundian.Browser.Tests;

/// <summary>
/// Two-factor enrolment and the second sign-in step in Chromium, on a phone and on a desktop, with screenshots; and what
/// only real Kestrel shows: no Server header, 413 for a 40 MB post. SQLite only: the flows are tested on both databases
/// in Dundian.Web.Tests.
/// </summary>
public sealed class TwoFactorBrowserTests(SqliteServerApp app, ChromiumFixture chromium) : IClassFixture<SqliteServerApp>
{
    private const string Password = "Two#Factor-2026";

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Staff_enrols_an_authenticator_app_and_signs_in_with_it(string device)
    {
        var userName = "tfa-" + device;
        await app.CreateStaffAsync(userName, Password, StaffRole.Cadre, "象山县");
        var options = device == "phone" ? Devices.Phone(app.ServerAddress!) : Devices.Desktop(app.ServerAddress!);

        await using (var context = await chromium.Browser.NewContextAsync(options))
        {
            var page = await context.NewPageAsync();
            var problems = new PageProblems(page);
            await SignInAsync(page, userName);
            await page.GotoAsync("/account/two-factor");
            var qr = page.Locator(".qr-code img");
            await Expect(qr).ToBeVisibleAsync();
            Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"), "the QR code image did not load");
            AssertNoSidewaysScroll(await page.EvaluateAsync<bool>(NoSidewaysScroll));
            await Screenshots.SaveAsync(page, $"two-factor-enrol-{device}");

            var key = Squash(await page.Locator(".two-factor-key").InnerTextAsync());
            await page.FillAsync("#Code", CodeFor(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "启用两步验证" }).ClickAsync();
            await Expect(page.Locator(".message-ok").First).ToContainTextAsync("两步验证已启用");
            await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
            await Screenshots.SaveAsync(page, $"two-factor-recovery-codes-{device}");
            Assert.Empty(problems.All);

            await using var second = await chromium.Browser.NewContextAsync(options);
            var signIn = await second.NewPageAsync();
            var signInProblems = new PageProblems(signIn);
            await SignInAsync(signIn, userName);
            await Expect(signIn).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login-2fa"));
            AssertNoSidewaysScroll(await signIn.EvaluateAsync<bool>(NoSidewaysScroll));
            await Screenshots.SaveAsync(signIn, $"two-factor-sign-in-{device}");
            await signIn.FillAsync("#Input_Code", CodeFor(key));
            await signIn.GetByRole(AriaRole.Button, new() { Name = "验证并登录" }).ClickAsync();
            await signIn.WaitForURLAsync(url => url.Contains("/manage", StringComparison.Ordinal),
                new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            Assert.Empty(signInProblems.All);
        }
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header_and_refuses_a_forty_megabyte_post_with_413()
    {
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var home = await client.GetAsync("/account/login");
        Assert.False(home.Headers.Contains("Server"), "the Server header names the software");

        using var body = new ByteArrayContent(new byte[40 * 1024 * 1024]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var response = await client.PostAsync("/account/login", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("提交的内容过大", await response.Content.ReadAsStringAsync());
    }

    private const string NoSidewaysScroll = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth";

    private static void AssertNoSidewaysScroll(bool fits) => Assert.True(fits, "the page scrolls sideways");

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // The document is enough: waiting for "load" (every picture of the page signed in to) timed out once in a full
        // run on 2 busy cores (2026-12-06), after the sign-in itself had succeeded.
        await page.WaitForURLAsync(url => !url.EndsWith("/account/login", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }
}
