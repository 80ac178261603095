using System.Net;
using Dundian.Core.Concerns;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Concerns;

/// <summary>Resident and staff steps shared by the concern page tests.</summary>
public static class ConcernClients
{
    public const string Name = "蒋德昭", Phone = "13957412368";

    /// <summary>
    /// Each client gets its own address: the public-form rate limit counts posts per address, and a test class
    /// posts more than one resident would.
    /// </summary>
    public static string NewIp() => $"10.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}";

    public static HttpClient Resident(this DundianApp app) => app.CreateClientFrom(NewIp());

    public static async Task<Dictionary<string, string>> ValidFormAsync(this DundianApp app, string description,
        string village = "东门渔村") => new()
    {
        ["Input.CategoryCode"] = "roads",
        ["Input.VillageId"] = (await app.OrgUnitIdAsync(village)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Description"] = description,
        ["Input.ReporterName"] = Name,
        ["Input.ReporterPhone"] = Phone,
        ["Input.Location"] = "渔港码头东侧",
    };

    /// <summary>Submits the public form and reads the number and code from the confirmation page.</summary>
    public static async Task<(string Number, string Code, string PageText)> SubmitAsync(this HttpClient client,
        Dictionary<string, string> form)
    {
        var posted = await client.PostFormAsync("/concerns/new", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var confirmation = await client.GetAsync(posted.RedirectTarget());
        var html = await confirmation.Content.ReadAsStringAsync();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var number = doc.QuerySelector("#tracking-number")?.TextContent.Trim() ?? throw new InvalidOperationException("no number");
        var code = doc.QuerySelector("#query-code")?.TextContent.Trim() ?? throw new InvalidOperationException("no code");
        return (number, code, html);
    }

    public static async Task<(HttpResponseMessage Response, string Html)> TrackAsync(this HttpClient client, string number, string code)
    {
        var response = await client.PostFormAsync("/concerns/track", new Dictionary<string, string> { ["Number"] = number, ["Code"] = code });
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts one lifecycle step of the staff detail page.</summary>
    public static Task<HttpResponseMessage> StepAsync(this HttpClient staff, int id, string handler,
        Dictionary<string, string>? fields = null) =>
        staff.PostFormAsync($"/manage/concerns/{id}", fields ?? [], $"/manage/concerns/{id}?handler={handler}");

    public static Task<int> ConcernIdAsync(this DundianApp app, string number) =>
        app.DbAsync(db => db.Concerns.Where(c => c.TrackingNumber == number).Select(c => c.Id).SingleAsync());

    public static Task<int> ConcernCountAsync(this DundianApp app) => app.DbAsync(db => db.Concerns.CountAsync());

    /// <summary>A concern stored directly through the intake service (no page), in the named village.</summary>
    public static Task<Concern> SeedConcernAsync(this DundianApp app, string village, string description) =>
        app.WithScopeAsync(async sp =>
        {
            var villageId = await app.OrgUnitIdAsync(village);
            var (concern, _) = await sp.GetRequiredService<ConcernIntake>().SubmitAsync(
                new ConcernSubmission("sanitation", villageId, description, Name, Phone), ConcernSource.Portal, null);
            return concern;
        });
}
