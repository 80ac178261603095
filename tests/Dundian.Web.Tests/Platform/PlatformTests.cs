using System.Net;
using System.Text.Json;
using Dundian.Testing;
using Xunit;

namespace Dundian.Web.Tests.Platform;

/// <summary>Health, API errors as ProblemDetails, OpenAPI document, security headers.</summary>
public abstract class PlatformTests(DundianApp app)
{
    [Fact]
    public async Task Health_endpoint_reports_healthy_database()
    {
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_api_article_is_a_problem_details_404_in_chinese()
    {
        var response = await app.CreateClient().GetAsync("/api/portal/articles/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("不存在", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Bad_paging_is_a_problem_details_400()
    {
        var response = await app.CreateClient().GetAsync("/api/portal/articles?pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_lists_the_seed_article_under_city_news()
    {
        var body = await app.CreateClient().GetStringAsync("/api/portal/articles?channel=city-news");
        using var json = JsonDocument.Parse(body);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("title").GetString() == "象山县扎实推进县乡两级领导干部蹲点调研活动"
                                    && i.GetProperty("date").GetString() == "2007/5/8");
    }

    [Fact]
    public async Task OpenApi_document_describes_the_portal_api()
    {
        var body = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("paths").TryGetProperty("/api/portal/articles", out _));
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await app.CreateClient().GetAsync("/");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}

public sealed class PlatformTestsOnSqlite(SqliteApp app) : PlatformTests(app), IClassFixture<SqliteApp>;
public sealed class PlatformTestsOnPostgres(PostgresApp app) : PlatformTests(app), IClassFixture<PostgresApp>;
