using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Dundian.Core.Accounts;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>
/// The office dashboard of the demo county campaign shows the seed's figures, each linking to records that add up
/// to it; only the office that runs the campaign may open it. Read-only: the figures must stay the seed's.
/// </summary>
public abstract class DashboardTests(DundianApp app)
{
    /// <summary>PRODUCT.md's table, as the dashboard prints it (value and unit).</summary>
    public static readonly TheoryData<string, string, string> SeedFigures = new()
    {
        { IndicatorKeys.StationedDays, "219", "天" }, { IndicatorKeys.FieldNotes, "36", "篇" },
        { IndicatorKeys.ResearchReports, "18", "篇" }, { IndicatorKeys.Symposiums, "78", "次" },
        { IndicatorKeys.HouseholdsVisited, "471", "户" }, { IndicatorKeys.Talks, "874", "人次" },
        { IndicatorKeys.ConsolationHouseholds, "120", "户" }, { IndicatorKeys.ConsolationMoney, "6.5", "万元" },
        { IndicatorKeys.PolicyTalks, "34", "次" }, { IndicatorKeys.DialogueParticipants, "1170", "人次" },
        { IndicatorKeys.ProblemsSolved, "66", "个" }, { IndicatorKeys.PracticalProjects, "187", "件" },
        { IndicatorKeys.ProjectFunds, "1086", "万元" }, { IndicatorKeys.DevelopmentPlans, "406", "个" },
        { IndicatorKeys.Groups, "18", "个" }, { IndicatorKeys.LiaisonVillages, "18", "个" },
    };

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public async Task Dashboard_shows_the_seed_figure(string key, string value, string unit)
    {
        var page = await DashboardAsync();
        var figure = page.QuerySelector($"a.figure[data-key='{key}']") ?? throw new Xunit.Sdk.XunitException($"no figure {key}");
        Assert.Equal(value, figure.QuerySelector(".figure-value")!.TextContent.Trim());
        Assert.Equal(unit, figure.QuerySelector(".figure-unit")!.TextContent.Trim());
    }

    [Fact]
    public async Task Dashboard_counts_more_than_120_participants_and_has_group_and_village_tables()
    {
        var page = await DashboardAsync();
        var participants = int.Parse(page.QuerySelector($"a.figure[data-key='{IndicatorKeys.Participants}'] .figure-value")!.TextContent, CultureInfo.InvariantCulture);
        Assert.True(participants > 120, $"only {participants} participants");
        var tables = page.QuerySelectorAll("table.breakdown");
        Assert.Equal(2, tables.Length);
        Assert.Equal(18, tables[0].QuerySelectorAll("tbody tr").Length);
        Assert.Equal(18, tables[1].QuerySelectorAll("tbody tr").Length);
        // The group table adds up to the campaign's households visited (each group's households are its own).
        var households = tables[0].QuerySelectorAll($"td[data-key='{IndicatorKeys.HouseholdsVisited}']")
            .Sum(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture));
        Assert.Equal(471, households);
        Assert.Contains("东门渔村", tables[1].TextContent);
        Assert.NotNull(page.QuerySelector("#chart-by-group[data-src]"));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/echarts/echarts.min.js']"));
    }

    [Theory]
    [InlineData(IndicatorKeys.StationedDays)]
    [InlineData(IndicatorKeys.ProjectFunds)]
    [InlineData(IndicatorKeys.HouseholdsVisited)]
    [InlineData(IndicatorKeys.ConsolationMoney)]
    [InlineData(IndicatorKeys.FieldNotes)]
    [InlineData(IndicatorKeys.PracticalProjects)]
    public async Task Each_figure_links_to_records_whose_total_equals_it(string key)
    {
        var (client, _) = await app.SignInOfficeAsync();
        var page = await client.GetDocumentAsync(await DashboardUrlAsync());
        var figure = page.QuerySelector($"a.figure[data-key='{key}']")!;
        var value = decimal.Parse(figure.GetAttribute("data-value")!, CultureInfo.InvariantCulture);
        var href = figure.GetAttribute("href")!;
        Assert.EndsWith($"/indicators/{key}", href);

        // Long lists are paged: every page shows the total of all records, and the rows of all pages add up to it.
        var sum = 0m;
        var rowCount = 0;
        for (var next = href; next is not null;)
        {
            var drill = await client.GetDocumentAsync(next);
            var total = decimal.Parse(drill.QuerySelector("tfoot tr.total")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture);
            Assert.Equal(value, total);
            var rows = drill.QuerySelectorAll("tbody tr");
            Assert.NotEmpty(rows);
            Assert.True(rows.Length <= global::Dundian.Web.Areas.Manage.Pages.Campaigns.IndicatorModel.PageSize);
            sum += rows.Sum(r => decimal.Parse(r.QuerySelectorAll("td").Last().TextContent, CultureInfo.InvariantCulture));
            rowCount += rows.Length;
            Assert.Null(drill.QuerySelector(".message-error"));
            next = drill.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal(value, sum);
        Assert.True(rowCount > 0);
    }

    [Fact]
    public async Task Group_filter_narrows_the_figures_to_that_group()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var url = await DashboardUrlAsync();
        var full = await client.GetDocumentAsync(url);
        var firstRow = full.QuerySelector("table.breakdown tbody tr")!;
        var groupDays = firstRow.QuerySelector($"td[data-key='{IndicatorKeys.StationedDays}']")!.TextContent.Trim();
        var groupId = full.QuerySelectorAll("#groupId option").Skip(1).First().GetAttribute("value");

        var filtered = await client.GetDocumentAsync($"{url}?groupId={groupId}");
        Assert.Equal(groupDays, FigureValue(filtered, IndicatorKeys.StationedDays));
        Assert.Equal($"?groupId={groupId}", new Uri("http://x" + filtered.QuerySelector($"a.figure[data-key='{IndicatorKeys.StationedDays}']")!.GetAttribute("href")).Query);
    }

    [Fact]
    public async Task Period_ending_before_it_starts_shows_a_chinese_message()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var page = await client.GetDocumentAsync(await DashboardUrlAsync() + "?from=2007-05-01&to=2007-04-01");
        Assert.Contains("统计期间的结束日期不能早于开始日期", page.QuerySelector(".message-error")!.TextContent);
    }

    [Theory]
    [InlineData(StaffRole.Cadre)]
    [InlineData(StaffRole.GroupLead)]
    [InlineData(StaffRole.Editor)]
    public async Task Staff_other_than_the_office_get_403(StaffRole role)
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(role, "象山县");
        var url = await DashboardUrlAsync();
        foreach (var target in new[] { url, url.Replace("/dashboard", "/indicators/stationed-days", StringComparison.Ordinal) })
        {
            var response = await client.GetAsync(target);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var denied = await client.GetAsync(response.RedirectTarget());
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }
    }

    [Fact]
    public async Task Office_of_a_town_cannot_open_the_county_dashboard()
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, "石浦镇");
        var response = await client.GetAsync(await DashboardUrlAsync());
        Assert.StartsWith("/account/access-denied", response.RedirectTarget());
    }

    private async Task<string> DashboardUrlAsync() => $"/manage/campaigns/{await app.CountyCampaignIdAsync()}/dashboard";

    private async Task<IDocument> DashboardAsync()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var response = await client.GetAsync(await DashboardUrlAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    private static string FigureValue(IDocument page, string key) =>
        page.QuerySelector($"a.figure[data-key='{key}'] .figure-value")!.TextContent.Trim();
}

public sealed class DashboardTestsOnSqlite(SqliteApp app) : DashboardTests(app), IClassFixture<SqliteApp>;
public sealed class DashboardTestsOnPostgres(PostgresApp app) : DashboardTests(app), IClassFixture<PostgresApp>;
