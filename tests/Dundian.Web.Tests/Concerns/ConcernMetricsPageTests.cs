using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Microsoft.EntityFrameworkCore;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Xunit;

namespace Dundian.Web.Tests.Concerns;

/// <summary>The staff metrics page: only concern roles, and only the villages of the user's scope.</summary>
public abstract class ConcernMetricsPageTests(DundianApp app)
{
    [Fact]
    public async Task A_town_office_sees_metrics_of_its_own_villages_only_and_a_cadre_is_refused()
    {
        await app.SeedConcernAsync("番西村", "番西村垃圾清运不及时 " + Guid.NewGuid().ToString("N")[..6]);
        var (office, _) = await app.SignInAsync(StaffRole.CampaignOffice, "石浦镇", "metrics", ConcernClients.NewIp());
        var response = await office.GetAsync("/manage/concerns/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("诉求办理情况", html);
        Assert.Contains("番西村", html);
        Assert.Contains("东门渔村", html);       // the demo's concerns of the county campaign's 石浦镇 village
        Assert.Contains("按时办结率", html);
        Assert.DoesNotContain("桥头林村", html); // 丹东街道's demo concerns are outside this office's scope

        var (cadre, _) = await app.SignInAsync(StaffRole.Cadre, "象山县", "metrics", ConcernClients.NewIp());
        var denied = await cadre.GetAsync("/manage/concerns/metrics");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/access-denied", denied.RedirectTarget());
    }

    [Fact]
    public async Task By_resolved_date_the_page_counts_resolved_concerns_and_open_ones_with_a_due_date()
    {
        var (office, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县", "metrics", ConcernClients.NewIp());
        var expected = await app.DbAsync(db => db.Concerns.CountAsync(c =>
            ((c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.FollowedUp) && c.ResolvedAt != null)
            || ((c.Status == ConcernStatus.Assigned || c.Status == ConcernStatus.InProgress) && c.DueAt != null)));
        var all = await app.DbAsync(db => db.Concerns.CountAsync());
        Assert.True(expected < all, "the demo has concerns that are neither resolved nor due");

        static int Received(AngleSharp.Dom.IDocument doc) => doc.QuerySelectorAll("table.concern-metrics").Last()
            .QuerySelectorAll("tbody tr").Sum(tr => int.Parse(tr.QuerySelectorAll("td")[0].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));
        var byResolution = await office.GetDocumentAsync("/manage/concerns/metrics?basis=Resolved");
        Assert.Equal("Resolved", byResolution.QuerySelector("#basis option[selected]")?.GetAttribute("value"));
        Assert.Equal(expected, Received(byResolution));
        Assert.Equal(all, Received(await office.GetDocumentAsync("/manage/concerns/metrics")));
    }
}

public sealed class ConcernMetricsPageTestsOnSqlite(SqliteApp app) : ConcernMetricsPageTests(app), IClassFixture<SqliteApp>;
public sealed class ConcernMetricsPageTestsOnPostgres(PostgresApp app) : ConcernMetricsPageTests(app), IClassFixture<PostgresApp>;
