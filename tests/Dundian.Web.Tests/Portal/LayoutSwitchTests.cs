using System.Net;
using Dundian.Testing;
using Xunit;

namespace Dundian.Web.Tests.Portal;

/// <summary>手机版 / 电脑版: User-Agent default, the cookie switch and its local-only return address.</summary>
public abstract class LayoutSwitchTests(DundianApp app)
{
    private const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private const string Windows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    private static async Task<string?> LayoutOfAsync(HttpClient client, string url)
    {
        var doc = await client.GetDocumentAsync(url);
        return doc.Body!.GetAttribute("data-layout");
    }

    [Theory]
    [InlineData(IPhone, "mobile", "返回电脑版>>")]
    [InlineData(Windows, "desktop", "手机版")]
    public async Task Without_a_cookie_the_user_agent_decides(string userAgent, string layout, string switchText)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var doc = await client.GetDocumentAsync("/");
        Assert.Equal(layout, doc.Body!.GetAttribute("data-layout"));
        Assert.Equal(switchText, doc.QuerySelector("a.layout-switch")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_switch_sets_a_cookie_redirects_back_and_changes_the_layout()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(IPhone);
        Assert.Equal("mobile", await LayoutOfAsync(client, "/channel/news"));

        var home = await client.GetDocumentAsync("/channel/news");
        var href = home.QuerySelector("a.layout-switch")!.GetAttribute("href")!;
        Assert.Equal("/layout/desktop?returnUrl=%2Fchannel%2Fnews", href);
        var toDesktop = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.Redirect, toDesktop.StatusCode);
        Assert.Equal("/channel/news", toDesktop.Headers.Location!.OriginalString);
        var cookie = toDesktop.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("dundian-layout=desktop", cookie);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("desktop", await LayoutOfAsync(client, "/channel/news"));

        var toMobile = await client.GetAsync("/layout/mobile?returnUrl=%2Fchannel%2Fnews%3Fpage%3D1");
        Assert.Equal("/channel/news?page=1", toMobile.Headers.Location!.OriginalString);
        Assert.Equal("mobile", await LayoutOfAsync(client, "/channel/news"));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("")]
    public async Task A_return_address_off_this_site_goes_home_instead(string returnUrl)
    {
        var response = await app.CreateClient().GetAsync("/layout/desktop?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_layout_is_404()
    {
        var response = await app.CreateClient().GetAsync("/layout/tablet?returnUrl=/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class LayoutSwitchTestsOnSqlite(SqliteApp app) : LayoutSwitchTests(app), IClassFixture<SqliteApp>;
public sealed class LayoutSwitchTestsOnPostgres(PostgresApp app) : LayoutSwitchTests(app), IClassFixture<PostgresApp>;
