using System.Globalization;
using System.Net;
using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>The campaign JSON API gives the dashboard's numbers, refuses with ProblemDetails, and is in the OpenAPI document.</summary>
public abstract class CampaignApiTests(DundianApp app)
{
    [Fact]
    public async Task Api_returns_the_same_figures_as_the_dashboard()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var page = await client.GetDocumentAsync($"/manage/campaigns/{id}/dashboard");
        var onPage = page.QuerySelectorAll("a.figure").ToDictionary(a => a.GetAttribute("data-key")!,
            a => decimal.Parse(a.GetAttribute("data-value")!, CultureInfo.InvariantCulture));

        using var json = await GetJsonAsync(client, $"/api/campaigns/{id}/indicators");
        var fromApi = json.RootElement.EnumerateArray().ToDictionary(v => v.GetProperty("key").GetString()!, v => v.GetProperty("value").GetDecimal());
        Assert.Equal(onPage, fromApi);
        Assert.Equal(219m, fromApi[IndicatorKeys.StationedDays]);
        Assert.Equal(471m, fromApi[IndicatorKeys.HouseholdsVisited]);
        Assert.Equal(10_860_000m, fromApi[IndicatorKeys.ProjectFunds]);
    }

    [Theory]
    [InlineData(IndicatorKeys.StationedDays, 219)]
    [InlineData(IndicatorKeys.ProjectFunds, 10_860_000)]
    public async Task Records_endpoint_adds_up_to_the_figure(string key, int expected)
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        using var json = await GetJsonAsync(client, $"/api/campaigns/{id}/indicators/{key}/records");
        var root = json.RootElement;
        Assert.Equal(expected, root.GetProperty("figure").GetProperty("value").GetDecimal());
        Assert.Equal(expected, root.GetProperty("total").GetDecimal());
        Assert.Equal(expected, root.GetProperty("records").EnumerateArray().Sum(r => r.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public async Task By_group_lists_18_groups_that_add_up()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        using var json = await GetJsonAsync(client, $"/api/campaigns/{id}/by-group");
        var groups = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(18, groups.Count);
        decimal Sum(string key) => groups.Sum(g => g.GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("key").GetString() == key).GetProperty("value").GetDecimal());
        Assert.Equal(471m, Sum(IndicatorKeys.HouseholdsVisited));
        Assert.Equal(219m, Sum(IndicatorKeys.StationedDays));
    }

    [Fact]
    public async Task Filters_are_query_parameters_and_bad_ones_are_400_problems()
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        using var april = await GetJsonAsync(client, $"/api/campaigns/{id}/indicators?from=2007-04-01&to=2007-04-30");
        var days = april.RootElement.EnumerateArray().Single(v => v.GetProperty("key").GetString() == IndicatorKeys.StationedDays).GetProperty("value").GetDecimal();
        Assert.InRange(days, 1m, 218m);

        var bad = await client.GetAsync($"/api/campaigns/{id}/indicators?from=2007-05-01&to=2007-04-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("统计期间的结束日期不能早于开始日期", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_caller_gets_401_and_a_cadre_403_as_problem_details()
    {
        var id = await app.CountyCampaignIdAsync();
        var anonymous = await app.CreateClient().GetAsync($"/api/campaigns/{id}/indicators");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        var (cadre, _) = await app.SignInFromOwnAddressAsync(StaffRole.Cadre, "象山县");
        var refused = await cadre.GetAsync($"/api/campaigns/{id}/by-group");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var list = await GetJsonAsync(cadre, "/api/campaigns");
        Assert.Equal(0, list.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Endpoints_are_described_in_the_openapi_document()
    {
        var text = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/campaigns/{id}/indicators", text);
        Assert.Contains("/api/campaigns/{id}/indicators/{key}/records", text);
        Assert.Contains("/api/campaigns/{id}/by-group", text);
        Assert.Contains("The records behind one figure", text);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

public sealed class CampaignApiTestsOnSqlite(SqliteApp app) : CampaignApiTests(app), IClassFixture<SqliteApp>;
public sealed class CampaignApiTestsOnPostgres(PostgresApp app) : CampaignApiTests(app), IClassFixture<PostgresApp>;
