using System.Net;
using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Concerns;
using Dundian.Core.FieldWork;
using Dundian.Core.Projects;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Portal;

/// <summary>
/// The campaign page, the special topic and the public figures API come from the output cache, and a write behind a
/// figure (a stay recorded, a concern resolved, a project funded) shows on the very next anonymous request to each of
/// them; a write to another campaign leaves this campaign's pages cached. "Served from the cache" is read from the
/// <c>Age</c> header, which the output cache middleware sets only on a response it replays from its store.
/// </summary>
public abstract class CampaignFiguresCacheTests(DundianApp app)
{
    private sealed record Reading(string Value, bool FromCache);

    private static string Page(int campaignId) => $"/topics/campaign/{campaignId}";
    private const string Topic = "/topics/xiangshan-dundian"; // the demo's special topic, with the county campaign's figures
    private static string Api(int campaignId) => $"/api/portal/campaigns/{campaignId}/figures";

    private static async Task<Reading> ReadAsync(HttpClient reader, string url, string key)
    {
        var response = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // What would stop the cache: a cookie or a form token on the page.
        Assert.False(response.Headers.Contains("Set-Cookie"), url + " sets a cookie");
        var fromCache = response.Headers.Age is not null;
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("__RequestVerificationToken", body);
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            var figure = json.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);
            return new Reading(figure.GetProperty("displayValue").GetString()!, fromCache);
        }
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        var scope = url.StartsWith("/topics/campaign/", StringComparison.Ordinal)
            ? document.QuerySelector(".campaign-topic")!
            : document.QuerySelector("section[data-section-kind=CampaignFigures]")!;
        var value = scope.QuerySelector($"li[data-key={key}] .campaign-grid-value")!;
        return new Reading(value.FirstChild!.TextContent.Trim(), fromCache);
    }

    /// <summary>Reads each surface twice: the second read must come from the cache. Returns the cached value of each.</summary>
    private static async Task<Dictionary<string, string>> WarmAsync(HttpClient reader, string key, params string[] urls)
    {
        var values = new Dictionary<string, string>();
        foreach (var url in urls)
        {
            await ReadAsync(reader, url, key);
            var again = await ReadAsync(reader, url, key);
            Assert.True(again.FromCache, url + " was not served from the cache");
            values[url] = again.Value;
        }
        return values;
    }

    /// <summary>After a write: each surface is rendered afresh (not from the cache) and shows <paramref name="expected"/>, then is cached again.</summary>
    private static async Task AssertFreshAsync(HttpClient reader, string key, Func<string, string> expected, Dictionary<string, string> before)
    {
        foreach (var (url, old) in before)
        {
            var next = await ReadAsync(reader, url, key);
            Assert.False(next.FromCache, url + " was served from the cache after the write");
            Assert.Equal(expected(old), next.Value);
            var again = await ReadAsync(reader, url, key);
            Assert.True(again.FromCache, url + " was not cached again");
            Assert.Equal(next.Value, again.Value);
        }
    }

    private static string Plus(string value, decimal add) =>
        (decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) + add).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_stay_recorded_through_the_form_shows_on_the_next_request_to_each_surface()
    {
        var id = await app.CountyCampaignIdAsync();
        var reader = app.CreateClient();
        var before = await WarmAsync(reader, IndicatorKeys.HouseholdsVisited, Page(id), Topic, Api(id));
        Assert.Equal("471", before[Page(id)]);

        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 4);
        var response = await cadre.Client.PostFormAsync("/manage/field-logs/new", CampaignTestData.StayForm(cadre, households: 7));
        CampaignTestData.AssertRedirectTo(response, "/manage/field-logs");

        await AssertFreshAsync(reader, IndicatorKeys.HouseholdsVisited, v => Plus(v, 7), before);
        // The staff member's own view of the campaign page is rendered for him, never stored for readers.
        var staffView = await cadre.Client.GetAsync(Page(id));
        Assert.Null(staffView.Headers.Age);
    }

    [Fact]
    public async Task A_concern_resolved_shows_on_the_next_request_and_a_step_that_moves_no_figure_evicts_nothing()
    {
        var id = await app.CountyCampaignIdAsync();
        var reader = app.CreateClient();
        var (logId, villageId) = await app.DbAsync(db => db.FieldLogs.Where(l => l.CampaignId == id).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.VillageId }).FirstAsync().ContinueWith(t => (t.Result.Id, t.Result.VillageId)));
        var before = await WarmAsync(reader, IndicatorKeys.ProblemsSolved, Page(id), Topic, Api(id));

        // Received, assigned and started on a stay of this campaign: not resolved, so no figure moves and nothing is evicted.
        var at = new DateTime(2007, 4, 20, 2, 0, 0, DateTimeKind.Utc);
        var concernId = await app.DbAsync(async db =>
        {
            var category = await db.ConcernCategories.OrderBy(c => c.Id).FirstAsync();
            var number = "T" + Guid.NewGuid().ToString("N")[..12];
            var concern = Concern.Receive(number, QueryCode.Hash(number, "123456"), category, villageId, "村口路灯不亮", ConcernSource.FieldVisit, at, "测试");
            concern.FieldLogId = logId;
            concern.Assign(villageId, 7, at, "测试");
            concern.Start(at, "测试");
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return concern.Id;
        });
        foreach (var url in before.Keys) Assert.True((await ReadAsync(reader, url, IndicatorKeys.ProblemsSolved)).FromCache, url);

        await app.DbAsync(async db =>
        {
            (await db.Concerns.SingleAsync(c => c.Id == concernId)).Resolve("已修复路灯", at.AddDays(2), "测试");
            return await db.SaveChangesAsync();
        });
        await AssertFreshAsync(reader, IndicatorKeys.ProblemsSolved, v => Plus(v, 1), before);
    }

    [Fact]
    public async Task A_project_funded_shows_on_the_next_request_to_each_surface()
    {
        var id = await app.CountyCampaignIdAsync();
        var reader = app.CreateClient();
        var before = await WarmAsync(reader, IndicatorKeys.ProjectFunds, Page(id), Topic, Api(id));

        await app.DbAsync(async db =>
        {
            var project = await db.PracticalProjects.Include(p => p.Funding)
                .Where(p => p.CampaignId == id && PracticalProject.Counted.Contains(p.Status)).OrderBy(p => p.Id).FirstAsync();
            var lines = project.Funding.Select(f => ((string?)f.Source, (decimal?)(f.AmountFen / 100m))).ToList();
            if (lines.Count == 0 && project.FundsFen > 0) lines.Add(("原有扶助资金", project.FundsFen / 100m));
            lines.Add(("县财政扶助资金", 50_000m));
            project.SetFunding(lines);
            return await db.SaveChangesAsync();
        });
        await AssertFreshAsync(reader, IndicatorKeys.ProjectFunds, v => Plus(v, 5), before); // 5 万元
    }

    [Fact]
    public async Task A_write_to_another_campaign_evicts_nothing_of_this_one()
    {
        var county = await app.CountyCampaignIdAsync();
        var township = await app.DbAsync(db => db.Campaigns.Where(c => c.Tier == CampaignTier.Township).Select(c => c.Id).FirstAsync());
        var reader = app.CreateClient();
        var countyBefore = await WarmAsync(reader, IndicatorKeys.HouseholdsVisited, Page(county), Topic, Api(county));
        var townshipBefore = await WarmAsync(reader, IndicatorKeys.HouseholdsVisited, Page(township), Api(township));

        // A stay of the township campaign, saved through EF as any other write path does.
        await app.DbAsync(async db =>
        {
            var template = await db.FieldLogs.AsNoTracking().Where(l => l.CampaignId == township).OrderBy(l => l.Id).FirstAsync();
            db.FieldLogs.Add(new FieldLog
            {
                CampaignId = township, ParticipantId = template.ParticipantId, VillageId = template.VillageId,
                VillagePath = template.VillagePath, StartDate = template.StartDate, EndDate = template.StartDate,
                HouseholdsVisited = 3, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        foreach (var (url, value) in countyBefore)
        {
            var next = await ReadAsync(reader, url, IndicatorKeys.HouseholdsVisited);
            Assert.True(next.FromCache, url + " was evicted by another campaign's write");
            Assert.Equal(value, next.Value);
        }
        await AssertFreshAsync(reader, IndicatorKeys.HouseholdsVisited, v => Plus(v, 3), townshipBefore);
    }

    [Fact]
    public async Task The_api_gives_the_catalogues_figures_and_404_as_problem_details()
    {
        var id = await app.CountyCampaignIdAsync();
        var response = await app.CreateClient().GetAsync(Api(id));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var figures = json.RootElement.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetDecimal());
        // The same figures as the statistics service computes now (other tests of the class add records).
        var expected = await app.WithScopeAsync(sp => sp.GetRequiredService<StatisticsService>().ComputeAsync(new IndicatorFilter { CampaignId = id }));
        Assert.Equal(expected.ToDictionary(v => v.Key, v => v.Value), figures);
        Assert.Equal(18m, figures[IndicatorKeys.LiaisonVillages]);
        Assert.StartsWith("据统计,目前,累计进村蹲点调研时间达", json.RootElement.GetProperty("paragraph").GetString());

        var missing = await app.CreateClient().GetAsync(Api(99999));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class CampaignFiguresCacheTestsOnSqlite(SqliteApp app) : CampaignFiguresCacheTests(app), IClassFixture<SqliteApp>;
public sealed class CampaignFiguresCacheTestsOnPostgres(PostgresApp app) : CampaignFiguresCacheTests(app), IClassFixture<PostgresApp>;
