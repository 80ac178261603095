using System.Globalization;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Areas.Manage.Pages.Campaigns;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>
/// A long drill-down (the seed's 187 practical projects) is paged; every page keeps the total of all records, which
/// equals the figure, and numbers its rows on from the previous page. Bad page numbers fall back to a real page.
/// </summary>
public abstract class IndicatorPagingTests(DundianApp app)
{
    private static decimal Value(AngleSharp.Dom.IElement e, string attribute = "data-value") =>
        decimal.Parse(e.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Practical_projects_are_listed_on_two_pages_with_the_full_total_on_each()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var url = $"/manage/campaigns/{id}/indicators/{IndicatorKeys.PracticalProjects}";

        var first = await client.GetDocumentAsync(url);
        Assert.Equal(IndicatorModel.PageSize, first.QuerySelectorAll("table.drilldown tbody tr").Length);
        Assert.Equal(187m, Value(first.QuerySelector("tfoot tr.total")!));
        Assert.Equal(IndicatorModel.PageSize, Value(first.QuerySelector("tfoot tr.page-total")!));
        Assert.Contains("187", first.QuerySelector("#drilldown-total")!.TextContent);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal(url + "?page=2", next);

        var second = await client.GetDocumentAsync(next);
        var rows = second.QuerySelectorAll("table.drilldown tbody tr");
        Assert.Equal(87, rows.Length);
        Assert.Equal("101", rows[0].QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(187m, Value(second.QuerySelector("tfoot tr.total")!));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
        var firstIds = first.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-record"));
        Assert.Empty(firstIds.Intersect(rows.Select(r => r.GetAttribute("data-record"))));

        foreach (var (page, expectedFirst) in new[] { ("abc", "1"), ("0", "1"), ("99", "101") })
        {
            var doc = await client.GetDocumentAsync($"{url}?page={page}");
            Assert.Equal(expectedFirst, doc.QuerySelector("table.drilldown tbody tr td")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Paging_keeps_the_dashboard_filter()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var url = $"/manage/campaigns/{id}/indicators/{IndicatorKeys.PracticalProjects}?from=2007-03-01";
        var first = await client.GetDocumentAsync(url);
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        if (next is not null) Assert.Contains("from=2007-03-01", next);
        Assert.Contains("from=2007-03-01", first.QuerySelector("a[href*='/dashboard']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_short_list_has_no_pager()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var doc = await client.GetDocumentAsync($"/manage/campaigns/{id}/indicators/{IndicatorKeys.ResearchReports}");
        Assert.Null(doc.QuerySelector(".pager"));
        Assert.Null(doc.QuerySelector("tfoot tr.page-total"));
        Assert.Equal(18m, Value(doc.QuerySelector("tfoot tr.total")!));
    }
}

public sealed class IndicatorPagingTestsOnSqlite(SqliteApp app) : IndicatorPagingTests(app), IClassFixture<SqliteApp>;
public sealed class IndicatorPagingTestsOnPostgres(PostgresApp app) : IndicatorPagingTests(app), IClassFixture<PostgresApp>;
