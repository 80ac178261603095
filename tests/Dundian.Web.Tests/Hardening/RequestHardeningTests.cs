using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Accounts;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Hardening;

/// <summary>
/// The app behind its proxy: real client addresses in the audit, Secure cookies over HTTPS, 413 and 429 in Chinese
/// (with Retry-After), sign-in limited apart from the public forms, the OpenAPI document for staff, common passwords
/// refused. Every client has its own address so the limiters of the shared app do not mix the tests.
/// </summary>
public abstract class RequestHardeningTests(HardenedApp app)
{
    private const int FortyMegabytes = 40 * 1024 * 1024;

    private HttpClient ViaProxy(string clientAddress, string scheme = "http")
    {
        var client = app.CreateClientFrom(HardenedApp.Proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        return client;
    }

    [Fact]
    public async Task The_audit_shows_the_client_behind_the_proxy_and_ignores_headers_from_anyone_else()
    {
        var viaProxy = StaffClients.UniqueName("viaproxy");
        var forged = StaffClients.UniqueName("forged");
        await ViaProxy("203.0.113.50").LoginAsync(viaProxy, "Wrong#Pass-1");
        var direct = app.CreateClientFrom("198.51.100.77");
        direct.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.99");
        await direct.LoginAsync(forged, "Wrong#Pass-1");

        var entries = await app.DbAsync(db => db.AuditEntries.Where(e => e.UserName == viaProxy || e.UserName == forged)
            .Select(e => new { e.UserName, e.IpAddress }).ToListAsync());
        Assert.Equal("203.0.113.50", entries.Single(e => e.UserName == viaProxy).IpAddress);
        Assert.Equal("198.51.100.77", entries.Single(e => e.UserName == forged).IpAddress);
    }

    [Fact]
    public async Task Cookies_are_secure_when_the_proxy_says_https()
    {
        // The proxy's X-Forwarded-Proto decides: the antiforgery cookie of a page served over https is Secure...
        var form = await ViaProxy("203.0.113.61", "https").GetAsync("/account/login");
        Assert.All(form.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        var plain = await ViaProxy("203.0.113.62").GetAsync("/account/login");
        Assert.All(plain.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));

        // ...and so is the sign-in cookie. (The client must speak https itself to send Secure cookies back.)
        var user = await app.CreateStaffAsync(StaffClients.UniqueName("secure"), StaffClients.Password, StaffRole.Cadre);
        var browser = new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler
        {
            InnerHandler = app.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(HardenedApp.Proxy)),
        }) { BaseAddress = new Uri("https://localhost") };
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.60");
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var https = await browser.LoginAsync(user.UserName!, StaffClients.Password);
        Assert.Equal(HttpStatusCode.Redirect, https.StatusCode);
        Assert.Contains(https.Headers.GetValues("Set-Cookie"),
            c => c.StartsWith("dundian.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Sign_in_has_its_own_limit_with_retry_after_and_a_chinese_page()
    {
        var client = app.CreateClientFrom("198.51.100.90");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 30 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await client.LoginAsync(StaffClients.UniqueName("spray"), "Wrong#Pass-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
        Assert.Contains("访问过于频繁", await last.TextAsync());

        // The public forms from the same address are not used up by sign-in attempts.
        var concern = await client.PostFormAsync("/concerns/new", await app.ValidFormAsync("   "));
        Assert.Equal(HttpStatusCode.OK, concern.StatusCode);
    }

    [Fact]
    public async Task Open311_answers_429_as_chinese_problem_details_with_retry_after()
    {
        var client = app.CreateClientFrom("198.51.100.91");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 30 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string> { ["api_key"] = "wrong" }));
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(last.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(await last.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("请求过于频繁", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_forty_megabyte_post_gets_413_in_chinese_on_pages_and_as_problem_details_on_the_api()
    {
        var resident = app.CreateClientFrom("198.51.100.92");
        var photo = new MultipartForms.Upload("Photos", "大照片.jpg", new byte[FortyMegabytes], "image/jpeg");
        var form = await resident.PostMultipartAsync("/concerns/new", await app.ValidFormAsync("四十兆的照片"), [photo]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, form.StatusCode);
        Assert.Contains("提交的内容过大", await form.TextAsync());

        var login = await app.CreateClientFrom("198.51.100.93").PostAsync("/account/login", new ByteArrayContent(new byte[FortyMegabytes])
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") },
        });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, login.StatusCode);
        Assert.Contains("提交的内容过大", await login.TextAsync());

        var api = await app.CreateClientFrom("198.51.100.94").PostAsync("/open311/v2/requests.json", new ByteArrayContent(new byte[FortyMegabytes])
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") },
        });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("超过 28.6 MB 的上限", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_upload_over_its_own_smaller_limit_gets_413()
    {
        var (editor, _) = await app.SignInAsync(StaffRole.Editor, prefix: "editor", ip: "198.51.100.95");
        var image = new MultipartForms.Upload("file", "大图.png", new byte[11 * 1024 * 1024], "image/png");
        // The editor's image upload (10 MB limit), posted with the token of the article form it sits in.
        var response = await editor.PostMultipartAsync("/manage/articles/edit", new Dictionary<string, string> { ["alt"] = "图" }, [image],
            "/manage/articles/images");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("超过了允许的大小", await response.TextAsync());
    }

    [Fact]
    public async Task The_openapi_document_is_for_staff_only()
    {
        var anonymous = await app.CreateClientFrom("198.51.100.96").GetAsync("/openapi/v1.json");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        var (staff, _) = await app.SignInAsync(StaffRole.Cadre, prefix: "reader", ip: "198.51.100.97");
        var document = await staff.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains("/api/", await document.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_fields_that_cannot_be_read_get_chinese_messages_without_dotnet_tails()
    {
        var form = await app.ValidFormAsync("村里的路灯坏了三个月,晚上出行很不方便");
        form["Input.VillageId"] = "东门";
        var response = await app.CreateClientFrom("198.51.100.100").PostFormAsync("/concerns/new", form);
        var text = await response.TextAsync();
        Assert.Contains("“东门”" + Dundian.Web.Infrastructure.ChineseBindingMessages.UnreadableValue, text);
        Assert.DoesNotContain("isnotvalid", text);
        Assert.DoesNotContain("(Parameter", text);
        Assert.Equal("最多上传 6 张照片。", new Dundian.Core.Concerns.ConcernInputException("Photos", "最多上传 6 张照片。").Message);
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd2026!")]
    [InlineData("Woaini1314!!")]
    [InlineData("Qwerty#123456")]
    public async Task A_common_password_dressed_up_to_pass_the_rules_is_refused(string common)
    {
        var (client, user) = await app.SignInAsync(StaffRole.Cadre, prefix: "common", ip: "198.51.100.98");
        var response = await client.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = StaffClients.Password, ["Input.NewPassword"] = common, ["Input.ConfirmPassword"] = common,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该密码过于常见", await response.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClientFrom("198.51.100.99").LoginAsync(user.UserName!, StaffClients.Password)).StatusCode);
    }
}

public sealed class RequestHardeningTestsOnSqlite(HardenedSqliteApp app) : RequestHardeningTests(app), IClassFixture<HardenedSqliteApp>;
public sealed class RequestHardeningTestsOnPostgres(HardenedPostgresApp app) : RequestHardeningTests(app), IClassFixture<HardenedPostgresApp>;
