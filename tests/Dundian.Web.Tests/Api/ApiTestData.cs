using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Core.ApiAccess;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Api;

/// <summary>Tokens issued through the real service, bearer clients, and the figures the tests compare.</summary>
public static class ApiTestData
{
    public static Task<string> PersonTokenAsync(this DundianApp app, AppUser user, params string[] scopes) =>
        app.WithScopeAsync(async sp =>
        {
            var (_, secret) = await sp.GetRequiredService<ApiTokenService>().IssueAsync(new StaffActor(user.Id, StaffScope.None),
                new ApiTokenService.Request("测试个人令牌", scopes, 30));
            return secret;
        });

    /// <summary>A system token bound to <paramref name="unitName"/>, issued by a SystemAdmin of that unit.</summary>
    public static Task<string> SystemTokenAsync(this DundianApp app, string unitName, params string[] scopes) =>
        app.WithScopeAsync(async sp =>
        {
            var unit = await app.DbAsync(db => db.OrgUnits.SingleAsync(u => u.Name == unitName));
            var admin = new StaffActor("test-admin", new StaffScope([(StaffRole.SystemAdmin, unit.Path)]));
            var (_, secret) = await sp.GetRequiredService<ApiTokenService>().IssueAsync(admin,
                new ApiTokenService.Request("浙里办(测试)", scopes, 30, unit.Id));
            return secret;
        });

    public static HttpClient Bearer(this DundianApp app, string? secret)
    {
        var client = app.CreateClient();
        if (secret is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>Asserts a Chinese RFC 7807 answer with <paramref name="status"/>; returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status, string detailContains)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("title").GetString());
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString());
        return problem;
    }

    /// <summary>Every figure of the campaign by key, as the dashboard computes it.</summary>
    public static Task<Dictionary<string, decimal>> FiguresAsync(this DundianApp app, int campaignId) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<StatisticsService>()
            .ComputeAsync(new IndicatorFilter { CampaignId = campaignId })).ToDictionary(v => v.Key, v => v.Value));

    /// <summary>A valid stay for the participant in his group's liaison village (JSON names as the API reads them).</summary>
    public static Dictionary<string, object?> Stay(int participantId, int villageId, string start = "2007-04-10", string end = "2007-04-11") => new()
    {
        ["participantId"] = participantId, ["villageId"] = villageId, ["startDate"] = start, ["endDate"] = end,
        ["householdsVisited"] = 5, ["talks"] = 3, ["symposiums"] = 1, ["notes"] = "走访渔民,了解休渔期生计",
    };

    public static Task<int> CountAsync(this DundianApp app) => app.DbAsync(db => db.FieldLogs.CountAsync());

    /// <summary>A participant (with no account and no logs) of the group at <paramref name="groupOrder"/>, and its liaison village.</summary>
    public static Task<(int ParticipantId, int VillageId)> MemberAsync(this DundianApp app, int groupOrder) =>
        app.DbAsync(async db =>
        {
            var campaignId = await db.Campaigns.Where(c => c.Tier == Dundian.Core.Campaigns.CampaignTier.County).Select(c => c.Id).SingleAsync();
            var group = await db.ResearchGroups.Include(g => g.LiaisonVillages).SingleAsync(g => g.CampaignId == campaignId && g.SortOrder == groupOrder);
            var person = await db.Participants.Where(p => p.GroupId == group.Id && p.UserId == null && p.Id != group.LeaderId)
                .Where(p => !db.FieldLogs.Any(l => l.ParticipantId == p.Id)).OrderByDescending(p => p.Id).FirstAsync();
            return (person.Id, group.LiaisonVillages[0].VillageId);
        });
}
