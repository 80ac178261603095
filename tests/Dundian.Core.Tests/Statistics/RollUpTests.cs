using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>Figures roll up the org tree and filter by town, group, participant and period consistently.</summary>
public abstract class RollUpTests(CampaignDatabase data)
{
    [Fact]
    public async Task The_county_figure_is_the_sum_over_its_towns()
    {
        await using var scope = data.NewScope();
        var (db, stats) = Services(scope);
        var county = await CampaignDatabase.UnitAsync(db, "象山县");
        var towns = await db.OrgUnits.Where(u => u.ParentId == county.Id && u.Level == OrgLevel.Town).Select(u => u.Id).ToListAsync();
        Assert.Equal(18, towns.Count);
        foreach (var campaignId in new int?[] { data.CountyCampaignId, null })
        {
            var whole = await stats.ComputeAsync(new IndicatorFilter { CampaignId = campaignId, OrgUnitId = county.Id });
            var sums = new decimal[whole.Count];
            foreach (var town in towns)
            {
                var part = await stats.ComputeAsync(new IndicatorFilter { CampaignId = campaignId, OrgUnitId = town });
                for (var i = 0; i < sums.Length; i++) sums[i] += part[i].Value;
            }
            Assert.Equal(whole.Select(v => (v.Key, v.Value)), whole.Select((v, i) => (v.Key, sums[i])));
        }
    }

    [Fact]
    public async Task A_town_and_the_group_stationed_in_it_have_the_same_figures()
    {
        await using var scope = data.NewScope();
        var (db, stats) = Services(scope);
        var town = await CampaignDatabase.UnitAsync(db, "石浦镇");
        var group = await db.ResearchGroups.SingleAsync(g => g.Leader!.Name == "周江勇");
        var byTown = await stats.ComputeAsync(new IndicatorFilter { CampaignId = data.CountyCampaignId, OrgUnitId = town.Id });
        var byGroup = await stats.ComputeAsync(new IndicatorFilter { CampaignId = data.CountyCampaignId, GroupId = group.Id });
        Assert.Equal(byTown.Select(v => (v.Key, v.Value)), byGroup.Select(v => (v.Key, v.Value)));
        Assert.Equal(1m, byGroup.Single(v => v.Key == IndicatorKeys.Groups).Value);
        Assert.True(byGroup.Single(v => v.Key == IndicatorKeys.HouseholdsVisited).Value > 0);
    }

    [Fact]
    public async Task Participant_and_period_filters_match_the_raw_logs()
    {
        await using var scope = data.NewScope();
        var (db, stats) = Services(scope);
        var zhou = await db.Participants.SingleAsync(p => p.Name == "周江勇");
        var logs = await db.FieldLogs.AsNoTracking().Where(l => l.CampaignId == data.CountyCampaignId).ToListAsync();
        var county = new IndicatorFilter { CampaignId = data.CountyCampaignId };
        var april = county with { From = new DateOnly(2007, 4, 1), To = new DateOnly(2007, 4, 30) };

        Assert.Equal(DistinctDays(logs.Where(l => l.ParticipantId == zhou.Id), null), await Figure(stats, IndicatorKeys.StationedDays, county with { ParticipantId = zhou.Id }));
        Assert.Equal(logs.Where(l => l.ParticipantId == zhou.Id).Sum(l => l.HouseholdsVisited), await Figure(stats, IndicatorKeys.HouseholdsVisited, county with { ParticipantId = zhou.Id }));
        Assert.Equal(DistinctDays(logs, april), await Figure(stats, IndicatorKeys.StationedDays, april));
        Assert.Equal(logs.Where(l => l.StartDate.Month == 4).Sum(l => l.Talks), await Figure(stats, IndicatorKeys.Talks, april));
        var march = await Figure(stats, IndicatorKeys.StationedDays, county with { To = new DateOnly(2007, 3, 31) });
        var fromApril = await Figure(stats, IndicatorKeys.StationedDays, county with { From = new DateOnly(2007, 4, 1) });
        Assert.Equal(await Figure(stats, IndicatorKeys.StationedDays, county), march + fromApril);
        Assert.True(march > 0 && fromApril > 0);
    }

    /// <summary>Independent oracle: the set of (person, day) pairs, one day at a time.</summary>
    private static int DistinctDays(IEnumerable<Core.FieldWork.FieldLog> logs, IndicatorFilter? period)
    {
        var days = new HashSet<(int, DateOnly)>();
        foreach (var l in logs)
            for (var d = l.StartDate; d <= l.EndDate; d = d.AddDays(1))
                if ((period?.From is null || d >= period.From) && (period?.To is null || d <= period.To))
                    days.Add((l.ParticipantId, d));
        return days.Count;
    }

    private static async Task<decimal> Figure(StatisticsService stats, string key, IndicatorFilter filter) =>
        (await stats.ComputeAsync(key, filter)).Value;

    private static (DundianDbContext, StatisticsService) Services(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<DundianDbContext>(), scope.ServiceProvider.GetRequiredService<StatisticsService>());
}

public sealed class RollUpTestsOnSqlite(SqliteCampaignDatabase data) : RollUpTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class RollUpTestsOnPostgres(PostgresCampaignDatabase data) : RollUpTests(data), IClassFixture<PostgresCampaignDatabase>;
