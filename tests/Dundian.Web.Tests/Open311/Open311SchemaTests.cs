using System.Net;
using System.Text.Json;
using Dundian.Testing;
using Json.Schema;
using Xunit;

namespace Dundian.Web.Tests.Open311;

/// <summary>
/// Issue 9, point 12: every JSON answer of the Open311 endpoint is checked against the GeoReport v2 schemas published
/// by the open311 project (vendored in Open311/Schemas, source in its README.txt), with JsonSchema.Net.
/// </summary>
public abstract class Open311SchemaTests(DundianApp app)
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(Load);

    private static Dictionary<string, JsonSchema> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Open311", "Schemas");
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<string, JsonSchema>();
        // Referenced schemas first, so requests.json and services.json find them by their relative $ref.
        foreach (var name in new[] { "request", "service", "requests", "services", "service-definition", "post-response" })
            schemas[name] = JsonSchema.FromFile(Path.Combine(folder, name + ".json"), options,
                new Uri($"https://schemas.open311.invalid/georeport-v2/{name}.json"));
        return schemas;
    }

    private async Task AssertValidAsync(string schema, HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var result = Schemas.Value[schema].Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, $"{response.RequestMessage?.RequestUri} against {schema}.json: {Errors(result)}\n{body}");
    }

    private static string Errors(EvaluationResults result) => string.Join("; ",
        Flatten(result).Where(r => r.Errors is { Count: > 0 }).SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} {e.Key}: {e.Value}")));

    private static IEnumerable<EvaluationResults> Flatten(EvaluationResults r) => new[] { r }.Concat((r.Details ?? []).SelectMany(Flatten));

    [Fact]
    public async Task Every_json_answer_matches_the_published_georeport_v2_schemas()
    {
        var client = app.CreateClient();
        await AssertValidAsync("services", await client.GetAsync("/open311/v2/services.json"));
        await AssertValidAsync("service-definition", await client.GetAsync("/open311/v2/services/roads.json"));

        var posted = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = DundianApp.Open311ApiKey, ["service_code"] = "roads", ["address_string"] = "东门渔村",
            ["description"] = "渔港码头路面塌陷,车辆通行困难", ["first_name"] = "小明", ["last_name"] = "王",
        }));
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString()!;
        await AssertValidAsync("post-response", posted, HttpStatusCode.Created);

        var key = "api_key=" + DundianApp.Open311PrivateKey;
        var publicList = await client.GetAsync("/open311/v2/requests.json");
        await AssertValidAsync("requests", publicList);
        Assert.True(JsonDocument.Parse(await publicList.Content.ReadAsStringAsync()).RootElement.GetArrayLength() > 0, "the demo's resolved concerns are listed");
        await AssertValidAsync("requests", await client.GetAsync($"/open311/v2/requests.json?status=open&{key}"));
        await AssertValidAsync("requests", await client.GetAsync($"/open311/v2/requests/{id}.json?{key}"));
        var resolved = JsonDocument.Parse(await (await client.GetAsync("/open311/v2/requests.json?status=closed")).Content.ReadAsStringAsync())
            .RootElement[0].GetProperty("service_request_id").GetString();
        await AssertValidAsync("requests", await client.GetAsync($"/open311/v2/requests/{resolved}.json"));
    }
}

public sealed class Open311SchemaTestsOnSqlite(SqliteApp app) : Open311SchemaTests(app), IClassFixture<SqliteApp>;
public sealed class Open311SchemaTestsOnPostgres(PostgresApp app) : Open311SchemaTests(app), IClassFixture<PostgresApp>;
