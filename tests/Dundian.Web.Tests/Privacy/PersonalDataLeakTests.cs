using System.Globalization;
using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Xunit;

namespace Dundian.Web.Tests.Privacy;

/// <summary>
/// Issue 9's measurement, kept as a test: a concern whose text and official reply carry the reporter's name, a mobile,
/// an ID number and a landline is taken in and resolved; then Open311 (both formats, list and single) and every
/// public page that shows concerns — tracking page, resolved list, search results, feeds — must return none of them.
/// </summary>
public abstract class PersonalDataLeakTests(DundianApp app)
{
    private const string Reporter = "张大伟", Mobile = "13912345678", IdNumber = "330225198001011234";
    private const string Landline = "65712345", OtherMobile = "１３８ ５７４１ ２３６８";
    private static readonly string[] Personal = [Reporter, Mobile, IdNumber, Landline, "13857412368", "330225", "李秀英", OtherMobile];

    private static void AssertClean(string where, string body)
    {
        foreach (var value in Personal)
            Assert.False(body.Contains(value, StringComparison.Ordinal), $"{where} shows {value}");
    }

    [Fact]
    public async Task Open311_and_every_public_page_return_no_id_number_landline_mobile_or_reporter_name_from_a_concern()
    {
        var resident = app.Resident();
        var form = await app.ValidFormAsync($"我是{Reporter}，电话{Mobile}，身份证{IdNumber}，家门口路灯坏了一个月。我叫李秀英，手机{OtherMobile}");
        form["Input.ReporterName"] = Reporter;
        var (number, code, _) = await resident.SubmitAsync(form);

        // Open, only the resident (with the code) sees it, masked; Open311 without a key does not list it at all.
        var (_, tracking) = await resident.TrackAsync(number, code);
        Assert.Contains("家门口路灯坏了", tracking);
        AssertClean("tracking page (open)", tracking);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/open311/v2/requests/{number}.json")).StatusCode);
        Assert.DoesNotContain(number, await anonymous.GetStringAsync("/open311/v2/requests.json"));

        var (staff, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县", "office", ConcernClients.NewIp());
        var id = await app.ConcernIdAsync(number);
        var unit = (await app.OrgUnitIdAsync("石浦镇")).ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Assign", new() { ["unitId"] = unit })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Start")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.StepAsync(id, "Resolve",
            new() { ["result"] = $"已电话联系{Reporter}本人(0574-{Landline})，路灯已更换。" })).StatusCode);

        var pages = new Dictionary<string, string>
        {
            ["tracking page"] = (await resident.TrackAsync(number, code)).Html,
            ["resolved list"] = await anonymous.GetStringAsync("/concerns/resolved"),
            ["search"] = await anonymous.GetStringAsync("/search?q=" + Uri.EscapeDataString("路灯")),
            ["rss"] = await anonymous.GetStringAsync("/rss.xml"),
            ["atom"] = await anonymous.GetStringAsync("/atom.xml"),
            ["open311 list json"] = await anonymous.GetStringAsync("/open311/v2/requests.json"),
            ["open311 list xml"] = await anonymous.GetStringAsync("/open311/v2/requests.xml?status=closed"),
            ["open311 one json"] = await anonymous.GetStringAsync($"/open311/v2/requests/{number}.json"),
            ["open311 one xml"] = await anonymous.GetStringAsync($"/open311/v2/requests/{number}.xml"),
        };
        Assert.Contains("路灯已更换", pages["tracking page"]);
        Assert.Contains("路灯已更换", pages["resolved list"]);
        Assert.Contains(number, pages["open311 one json"]);
        Assert.Contains("路灯已更换", pages["open311 one json"]);
        Assert.Contains("路灯", pages["search"]);
        foreach (var (where, body) in pages) AssertClean(where, body);

        // The hotline platform's key with read-private gets the full text it has to work with.
        var full = await anonymous.GetStringAsync($"/open311/v2/requests/{number}.json?api_key={DundianApp.Open311PrivateKey}");
        Assert.Contains(IdNumber, full);
        Assert.Contains(Landline, full);
    }
}

public sealed class PersonalDataLeakTestsOnSqlite(SqliteApp app) : PersonalDataLeakTests(app), IClassFixture<SqliteApp>;
public sealed class PersonalDataLeakTestsOnPostgres(PostgresApp app) : PersonalDataLeakTests(app), IClassFixture<PostgresApp>;
