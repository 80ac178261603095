using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Dundian.Core.Data;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Open311;

/// <summary>Shapes checked against the GeoReport v2 specification (wiki.open311.org/GeoReport_v2).</summary>
public abstract class Open311Tests(DundianApp app)
{
    private static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
        "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
        "lat", "long", "media_url",
    ];

    private Task<HttpResponseMessage> Post(Dictionary<string, string> fields) =>
        app.CreateClient().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(fields));

    private static Dictionary<string, string> Valid() => new()
    {
        ["api_key"] = DundianApp.Open311ApiKey, ["service_code"] = "roads", ["address_string"] = "东门渔村",
        ["description"] = "渔港码头路面塌陷,车辆通行困难", ["first_name"] = "小明", ["last_name"] = "王", ["phone"] = "13812341234",
    };

    [Fact]
    public async Task Services_list_in_json_and_xml()
    {
        var client = app.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/services.json"));
        var first = json.RootElement.EnumerateArray().First();
        foreach (var field in new[] { "service_code", "service_name", "description", "metadata", "type", "keywords", "group" })
            Assert.True(first.TryGetProperty(field, out _), field);
        Assert.Equal(JsonValueKind.False, first.GetProperty("metadata").ValueKind);
        Assert.Equal("realtime", first.GetProperty("type").GetString());

        var xml = XDocument.Parse(await client.GetStringAsync("/open311/v2/services.xml"));
        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.Contains(xml.Root.Elements("service"), s => s.Element("service_code")!.Value == "roads");
    }

    [Fact]
    public async Task A_posted_request_is_received_and_readable_with_every_field_and_no_personal_data()
    {
        var posted = await Post(Valid());
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        var id = created.RootElement[0].GetProperty("service_request_id").GetString()!;
        Assert.True(created.RootElement[0].TryGetProperty("service_notice", out _));

        // Open concerns are not public: the handling platform reads them with its read-private key.
        var key = "api_key=" + DundianApp.Open311PrivateKey;
        var body = await app.CreateClient().GetStringAsync($"/open311/v2/requests/{id}.json?{key}");
        Assert.DoesNotContain("13812341234", body);
        Assert.DoesNotContain("王小明", body);
        using var json = JsonDocument.Parse(body);
        var request = Assert.Single(json.RootElement.EnumerateArray());
        foreach (var field in RequestFields) Assert.True(request.TryGetProperty(field, out _), field);
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("roads", request.GetProperty("service_code").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", request.GetProperty("requested_datetime").GetString());

        var xml = XDocument.Parse(await app.CreateClient().GetStringAsync($"/open311/v2/requests.xml?service_request_id={id}&{key}"));
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        Assert.Equal(id, xml.Root.Element("request")!.Element("service_request_id")!.Value);

        var open = await app.CreateClient().GetStringAsync($"/open311/v2/requests.json?status=open&service_code=roads&{key}");
        Assert.Contains(id, open);
        var closed = await app.CreateClient().GetStringAsync($"/open311/v2/requests.json?status=closed&{key}");
        Assert.DoesNotContain(id, closed);
    }

    [Fact]
    public async Task Without_a_read_private_key_an_open_request_is_not_listed_and_reads_as_unknown()
    {
        var posted = await Post(Valid());
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        var id = created.RootElement[0].GetProperty("service_request_id").GetString()!;
        var client = app.CreateClient();
        foreach (var query in new[] { "", "?api_key=" + DundianApp.Open311ApiKey }) // the post-only key reads as the public does
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/open311/v2/requests/{id}.json{query}")).StatusCode);
            Assert.DoesNotContain(id, await client.GetStringAsync("/open311/v2/requests.json" + query));
            Assert.DoesNotContain(id, await client.GetStringAsync($"/open311/v2/requests.json?service_request_id={id}&status=open&" + query.TrimStart('?')));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/open311/v2/requests.json?api_key=guessed")).StatusCode);
    }

    [Fact]
    public async Task A_read_only_key_may_not_post()
    {
        var fields = Valid();
        fields["api_key"] = DundianApp.Open311PrivateKey;
        var before = await CountConcerns();
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(fields)).StatusCode);
        Assert.Equal(before, await CountConcerns());
    }

    [Fact]
    public async Task A_service_definition_is_one_object_in_json_and_one_element_in_xml()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/open311/v2/services/roads.json"));
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Equal("roads", json.RootElement.GetProperty("service_code").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("attributes").ValueKind);
        var xml = XDocument.Parse(await app.CreateClient().GetStringAsync("/open311/v2/services/roads.xml"));
        Assert.Equal("service_definition", xml.Root!.Name.LocalName);
        Assert.Equal("roads", xml.Root.Element("service_code")!.Value);
    }

    [Theory]
    [InlineData("no-key", HttpStatusCode.Forbidden)]
    [InlineData("bad-service", HttpStatusCode.NotFound)]
    [InlineData("no-location", HttpStatusCode.BadRequest)]
    [InlineData("empty-description", HttpStatusCode.BadRequest)]
    [InlineData("script", HttpStatusCode.BadRequest)]
    public async Task Bad_posts_get_an_open311_error_and_store_nothing(string kind, HttpStatusCode expected)
    {
        var fields = Valid();
        switch (kind)
        {
            case "no-key": fields["api_key"] = "wrong"; break;
            case "bad-service": fields["service_code"] = "no-such-service"; break;
            case "no-location": fields.Remove("address_string"); break;
            case "empty-description": fields["description"] = " "; break;
            case "script": fields["description"] = "路面塌陷<script>alert(1)</script>"; break;
        }
        var before = await CountConcerns();
        var response = await Post(fields);
        Assert.Equal(expected, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement[0];
        Assert.Equal((int)expected, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("description").GetString()));
        Assert.Equal(before, await CountConcerns());
    }

    [Fact]
    public async Task Unknown_request_and_unknown_service_are_404_in_the_errors_shape()
    {
        var response = await app.CreateClient().GetAsync("/open311/v2/requests/000000000000.xml");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("errors", xml.Root!.Name.LocalName);
        Assert.Equal("404", xml.Root.Element("error")!.Element("code")!.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/open311/v2/services/nope.json")).StatusCode);
    }

    private Task<int> CountConcerns() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DundianDbContext>().Concerns.CountAsync());
}

public sealed class Open311TestsOnSqlite(SqliteApp app) : Open311Tests(app), IClassFixture<SqliteApp>;
public sealed class Open311TestsOnPostgres(PostgresApp app) : Open311Tests(app), IClassFixture<PostgresApp>;
