using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Xunit;

namespace Dundian.Web.Tests.Accounts;

/// <summary>Who reaches the back office: anonymous visitors are sent to sign in, staff without the role get 403.</summary>
public abstract class AccessTests(DundianApp app)
{
    [Theory]
    [InlineData("/manage")]
    [InlineData("/manage/users")]
    [InlineData("/manage/audit")]
    public async Task Anonymous_visitor_is_sent_to_the_login_page(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.RedirectTarget();
        Assert.StartsWith("/account/login?ReturnUrl=" + Uri.EscapeDataString(url), location);
    }

    [Theory]
    [InlineData("/manage/users")]
    [InlineData("/manage/users/create")]
    [InlineData("/manage/audit")]
    public async Task Cadre_is_refused_with_403_on_admin_pages(string url)
    {
        var (client, _) = await app.SignInAsync(StaffRole.Cadre);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.RedirectTarget();
        Assert.StartsWith("/account/access-denied", location);

        var denied = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("您没有权限访问此页面", await denied.TextAsync());
    }

    [Fact]
    public async Task Cadre_sees_his_grants_on_the_workbench()
    {
        var (client, user) = await app.SignInAsync(StaffRole.Cadre, "石浦镇");
        var response = await client.GetAsync("/manage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("蹲点干部@石浦镇", text);
        Assert.Contains(user.UserName!, text);
        Assert.DoesNotContain("用户管理", text);
    }
}

public sealed class AccessTestsOnSqlite(SqliteApp app) : AccessTests(app), IClassFixture<SqliteApp>;
public sealed class AccessTestsOnPostgres(PostgresApp app) : AccessTests(app), IClassFixture<PostgresApp>;
