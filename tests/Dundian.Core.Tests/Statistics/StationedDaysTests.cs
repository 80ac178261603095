using Dundian.Core.Accounts;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>Stationed days: each day once per person, however the stays overlap.</summary>
public abstract class StationedDaysTests(CampaignDatabase data)
{
    private static DateOnly D(int month, int day) => new(2007, month, day);

    [Fact]
    public void Merging_counts_overlapping_and_adjacent_stays_once_and_a_one_day_stay_as_one()
    {
        var days = StationedDays.PerParticipant(
        [
            (1, D(4, 1), D(4, 5)), (1, D(4, 3), D(4, 4)), (1, D(4, 5), D(4, 7)), (1, D(4, 8), D(4, 8)), (1, D(4, 20), D(4, 20)),
            (2, D(4, 1), D(4, 1)),
            (3, D(4, 1), D(4, 10)), (3, D(4, 2), D(4, 12)),
        ]);
        Assert.Equal(9, days[1]); // 4/1–4/8 is 8 days, plus 4/20
        Assert.Equal(1, days[2]);
        Assert.Equal(12, days[3]);
    }

    [Fact]
    public void A_period_clips_the_stays()
    {
        var days = StationedDays.PerParticipant([(1, D(3, 30), D(4, 2)), (1, D(4, 29), D(5, 3))], D(4, 1), D(4, 30));
        Assert.Equal(4, days[1]); // 4/1, 4/2, 4/29, 4/30
        Assert.Empty(StationedDays.PerParticipant([(1, D(3, 1), D(3, 2))], D(4, 1), D(4, 30)));
    }

    [Fact]
    public async Task Overlapping_stays_recorded_for_one_person_count_once_in_the_figure()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.DundianDbContext>();
        var logs = scope.ServiceProvider.GetRequiredService<FieldLogService>();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var t = await TestCampaign.CreateAsync(db);
        var office = CampaignDatabase.Actor(data.Lead, StaffRole.CampaignOffice, t.Village.Path);
        FieldLogInput Stay(int participant, DateOnly from, DateOnly to) =>
            new() { ParticipantId = participant, VillageId = t.Village.Id, StartDate = from, EndDate = to, HouseholdsVisited = 1 };

        await logs.RecordAsync(office, Stay(t.Member.Id, D(4, 2), D(4, 6)));
        await logs.RecordAsync(office, Stay(t.Member.Id, D(4, 5), D(4, 8)));   // overlaps 4/5–4/6
        await logs.RecordAsync(office, Stay(t.Leader.Id, D(4, 10), D(4, 10)));  // one day

        var filter = new IndicatorFilter { CampaignId = t.Campaign.Id };
        Assert.Equal(8m, (await stats.ComputeAsync(IndicatorKeys.StationedDays, filter)).Value);
        Assert.Equal(3m, (await stats.ComputeAsync(IndicatorKeys.HouseholdsVisited, filter)).Value);
        var rows = await stats.DrillDownAsync(IndicatorKeys.StationedDays, filter);
        Assert.Equal([7m, 1m], rows.Select(r => r.Value));
        Assert.Equal(1m, (await stats.ComputeAsync(IndicatorKeys.StationedDays, filter with { ParticipantId = t.Leader.Id })).Value);
        // 4/6–4/10: the member's 4/6, 4/7, 4/8 and the leader's 4/10.
        Assert.Equal(4m, (await stats.ComputeAsync(IndicatorKeys.StationedDays, filter with { From = D(4, 6), To = D(4, 10) })).Value);
    }
}

public sealed class StationedDaysTestsOnSqlite(SqliteCampaignDatabase data) : StationedDaysTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class StationedDaysTestsOnPostgres(PostgresCampaignDatabase data) : StationedDaysTests(data), IClassFixture<PostgresCampaignDatabase>;
