using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Org;

/// <summary>
/// A town's campaign office changes the villages of its town, not the town itself nor another town's units; staff
/// without an office role do not reach the tree; every change is an audited row change.
/// </summary>
public abstract class OrgUnitScopeTests(DundianApp app)
{
    [Fact]
    public async Task A_town_office_changes_its_villages_only()
    {
        var (client, user) = await app.SignInAsync(StaffRole.CampaignOffice, "石浦镇");
        var shipu = await app.OrgUnitIdAsync("石浦镇");
        var village = await app.OrgUnitIdAsync("延昌村");
        var elsewhere = await app.OrgUnitIdAsync("丹城村");

        Denied(await client.GetAsync($"/manage/org-units/{elsewhere}"));
        var own = await client.PostFormAsync($"/manage/org-units/{shipu}", new Dictionary<string, string> { ["Name"] = "石浦新镇", ["Code"] = "330225100000" },
            $"/manage/org-units/{shipu}?handler=Rename");
        Denied(own);

        var renamed = await client.PostFormAsync($"/manage/org-units/{village}", new Dictionary<string, string> { ["Name"] = "延昌社区", ["Code"] = "330225100904" },
            $"/manage/org-units/{village}?handler=Rename");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(("石浦镇", "延昌社区"), (await app.DbAsync(db => db.OrgUnits.Where(u => u.Id == shipu).Select(u => u.Name).SingleAsync()),
            await app.DbAsync(db => db.OrgUnits.Where(u => u.Id == village).Select(u => u.Name).SingleAsync())));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "OrgUnit" && a.UserId == user.Id)));

        // A code of another town is refused with a Chinese message and nothing changes.
        var wrong = await client.PostFormAsync($"/manage/org-units/{village}", new Dictionary<string, string> { ["Name"] = "延昌村", ["Code"] = "330225001901" },
            $"/manage/org-units/{village}?handler=Rename");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("不在上级“石浦镇”", await wrong.TextAsync());
        Assert.Equal("延昌社区", await app.DbAsync(db => db.OrgUnits.Where(u => u.Id == village).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task Staff_without_an_office_role_do_not_reach_the_tree()
    {
        var (client, _) = await app.SignInAsync(StaffRole.Cadre, "象山县");
        Denied(await client.GetAsync("/manage/org-units"));
        Denied(await client.GetAsync("/manage/org-units/import"));
    }

    /// <summary>Refused by the page (Forbid): the cookie scheme answers with a redirect to the access-denied page.</summary>
    private static void Denied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.RedirectTarget());
    }
}

public sealed class OrgUnitScopeTestsOnSqlite(SqliteApp app) : OrgUnitScopeTests(app), IClassFixture<SqliteApp>;
public sealed class OrgUnitScopeTestsOnPostgres(PostgresApp app) : OrgUnitScopeTests(app), IClassFixture<PostgresApp>;
