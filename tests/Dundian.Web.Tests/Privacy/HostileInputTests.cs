using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dundian.Testing;
using Xunit;

namespace Dundian.Web.Tests.Privacy;

/// <summary>
/// Issue 9: a corpus of hostile values — markup and script in many shapes, control and bidi characters, and an
/// overlong value — sent to every public input (<see cref="PublicInputs.All"/>). Whatever the input does with it, the
/// answer never fails (no 5xx), nothing comes back (or shows on the public pages where it would appear) rendered as
/// markup, and the overlong value is refused with a Chinese message and nothing stored.
/// </summary>
public abstract partial class HostileInputTests(DundianApp app)
{
    private const string Marker = "xss9";
    private static readonly HtmlParser Parser = new();

    public static readonly string[] Payloads =
    [
        $"<script data-xss>alert('{Marker}')</script>",
        $"\"><img src=x onerror=alert('{Marker}') data-xss>",
        $"'><svg/onload=alert('{Marker}') data-xss>",
        $"</textarea></title><b data-xss>{Marker}</b>",
        $"<a href=\"javascript:alert('{Marker}')\" data-xss>点我</a>",
        $"javascript:alert('{Marker}')",
        $"&lt;script&gt;{Marker}&lt;/script&gt; &#60;b data-xss&#62;",
        $"村口道路破损\u0000严重\u0007\u001b[31m{Marker}\r\n第二行",
        $"村口道路\u202Eesrever\u202C破损\u2066{Marker}\u2069严重\u200B\uFEFF",
        $"{{{{7*7}}}} @(1+1) ${{{Marker}}} %s%n 村口道路破损",
    ];

    public static readonly string Overlong = new('长', 10_000);

    public static TheoryData<string> Inputs => new(PublicInputs.All.Select(i => i.Name));

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Hostile_values_never_fail_and_never_come_back_as_markup(string name)
    {
        var input = PublicInputs.All.Single(i => i.Name == name);
        foreach (var payload in Payloads)
        {
            var response = await input.Send(app, payload);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode} for {Show(payload)}");
            AssertNoMarkup($"{name} answer to {Show(payload)}", body, input.Json);
            if (response.StatusCode == HttpStatusCode.Redirect && !input.Json)
            {
                var next = await app.CreateClient().GetAsync(Target(response));
                AssertNoMarkup($"{name} redirect after {Show(payload)}", await next.Content.ReadAsStringAsync(), false);
            }
        }
        foreach (var page in input.ShownOn is null ? [] : await input.ShownOn(app))
            AssertNoMarkup($"{name}: {page}", await app.CreateClient().GetStringAsync(page), false);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task An_overlong_value_is_refused_with_a_chinese_message_and_nothing_is_stored(string name)
    {
        var input = PublicInputs.All.Single(i => i.Name == name);
        var before = input.Count is null ? 0 : await input.Count(app);
        var response = await input.Send(app, Overlong);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode}");
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        var message = input.Json ? JsonErrorText(body) : AlertText(body);
        Assert.True(Chinese().IsMatch(message), $"{name}: no Chinese message, got “{message}”");
        if (input.Count is not null) Assert.Equal(before, await input.Count(app));
    }

    private static string Show(string payload) => Regex.Escape(payload.Length > 40 ? payload[..40] : payload);

    private static string Target(HttpResponseMessage response)
    {
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    private static void AssertNoMarkup(string where, string body, bool json)
    {
        if (json)
        {
            Assert.False(body.Contains('<'), $"{where}: raw '<' in a JSON answer");
            return;
        }
        var doc = Parser.ParseDocument(body);
        Assert.True(doc.QuerySelectorAll("[data-xss]").Length == 0, $"{where}: injected element rendered");
        foreach (var element in doc.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.Ordinal) && attribute.Value.Contains(Marker, StringComparison.Ordinal),
                    $"{where}: event handler {attribute.Name} rendered");
                Assert.False(attribute.Name is "href" or "src" or "action" or "formaction"
                    && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{where}: javascript: URL rendered");
            }
            Assert.False(element is IHtmlScriptElement && element.TextContent.Contains(Marker, StringComparison.Ordinal), $"{where}: script rendered");
        }
    }

    // The page's error area: a validation summary, a field message or an alert.
    private static string AlertText(string body)
    {
        var doc = Parser.ParseDocument(body);
        return string.Join(" ", doc.QuerySelectorAll("[role=alert], .message-error, .field-validation-error, .validation-summary-errors, .error")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }

    private static string JsonErrorText(string body)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array && json.RootElement.GetArrayLength() > 0
               && json.RootElement[0].TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex Chinese();
}

public sealed class HostileInputTestsOnSqlite(SqliteApp app) : HostileInputTests(app), IClassFixture<SqliteApp>;
public sealed class HostileInputTestsOnPostgres(PostgresApp app) : HostileInputTests(app), IClassFixture<PostgresApp>;
