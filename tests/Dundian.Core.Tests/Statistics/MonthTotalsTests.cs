using Dundian.Core.Data;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Dundian.Core.Statistics.Totals;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>
/// A period of whole months (a month, a quarter) is read from the monthly totals, kept in the same transaction as the
/// logs, and agrees with the records at every level: a stay across a month end, overlapping stays in one village and in
/// two villages (a person whose month reaches above the village), after an edit and a delete, and after a rebuild.
/// </summary>
public abstract class MonthTotalsTests(CampaignDatabase data)
{
    private static readonly string[] FieldLogKeys =
    [
        IndicatorKeys.StationedDays, IndicatorKeys.HouseholdsVisited, IndicatorKeys.Symposiums, IndicatorKeys.Talks,
        IndicatorKeys.ConsolationHouseholds, IndicatorKeys.ConsolationMoney, IndicatorKeys.PolicyTalks, IndicatorKeys.DialogueParticipants,
    ];

    private static readonly DateOnly April1 = new(2007, 4, 1), April30 = new(2007, 4, 30), May1 = new(2007, 5, 1),
        May31 = new(2007, 5, 31), June30 = new(2007, 6, 30);

    private static FieldLog Stay(TestCampaign t, Dundian.Core.Campaigns.Participant who, Dundian.Core.Org.OrgUnit where,
        DateOnly from, DateOnly to, int households) => new()
    {
        CampaignId = t.Campaign.Id, ParticipantId = who.Id, VillageId = where.Id, VillagePath = where.Path,
        StartDate = from, EndDate = to, HouseholdsVisited = households, Talks = households * 2, Symposiums = 1,
        ConsolationHouseholds = 1, ConsolationAmountFen = 50_000, PolicyTalks = 1, DialogueParticipants = 3, CreatedAt = DateTime.UtcNow,
    };

    [Fact]
    public async Task Month_and_quarter_figures_from_the_totals_equal_the_records_at_every_level()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var t = await TestCampaign.CreateAsync(db);
        var town = await db.OrgUnits.SingleAsync(u => u.Id == t.Village.ParentId);
        db.FieldLogs.AddRange(
            Stay(t, t.Leader, t.Village, new(2007, 4, 28), new(2007, 5, 3), 4),       // across the month end
            Stay(t, t.Leader, t.OtherVillage, new(2007, 5, 2), new(2007, 5, 4), 3),   // overlapping, in another village
            Stay(t, t.Member, t.Village, new(2007, 4, 10), new(2007, 4, 12), 2),
            Stay(t, t.Member, t.Village, new(2007, 4, 11), new(2007, 4, 15), 1));     // overlapping, same village
        await db.SaveChangesAsync();

        var campaign = new IndicatorFilter { CampaignId = t.Campaign.Id };
        // By hand: April 3 + 6 days and 4 + 2 + 1 households; May: the leader's May 1–4 once, 3 households.
        await AssertAsync(stats, campaign with { From = April1, To = April30 }, days: 9, households: 7);
        await AssertAsync(stats, campaign with { From = May1, To = May31 }, days: 4, households: 3);
        await AssertAsync(stats, campaign with { From = May1, To = May31, OrgUnitId = t.Village.Id }, days: 3, households: 0);
        await AssertAsync(stats, campaign with { From = May1, To = May31, OrgUnitId = t.OtherVillage.Id }, days: 3, households: 3);
        await AssertAsync(stats, campaign with { From = May1, To = May31, OrgUnitId = town.Id }, days: 4, households: 3);
        await AssertAsync(stats, campaign with { From = April1, To = June30 }, days: 13, households: 10);
        await AssertAsync(stats, campaign with { From = April1, To = June30, OrgUnitId = t.Village.Id }, days: 12, households: 7);
        await AssertAsync(stats, campaign with { From = April1, To = June30, ParticipantId = t.Leader.Id }, days: 7, households: 7);
        await AssertAsync(stats, campaign with { From = April1, To = June30, GroupId = t.Group.Id, OrgUnitId = town.Id }, days: 13, households: 10);

        // An edit and a delete through SaveChanges: the monthly rows follow in the same transaction.
        var crossing = await db.FieldLogs.SingleAsync(l => l.ParticipantId == t.Leader.Id && l.VillageId == t.Village.Id);
        crossing.EndDate = new DateOnly(2007, 4, 30);
        await db.SaveChangesAsync();
        await AssertAsync(stats, campaign with { From = May1, To = May31 }, days: 3, households: 3);
        db.FieldLogs.Remove(await db.FieldLogs.SingleAsync(l => l.ParticipantId == t.Leader.Id && l.VillageId == t.OtherVillage.Id));
        await db.SaveChangesAsync();
        await AssertAsync(stats, campaign with { From = May1, To = May31 }, days: 0, households: 0);
        await AssertAsync(stats, campaign with { From = April1, To = April30 }, days: 9, households: 7);

        // A rebuild from all logs gives the rows the writes kept.
        var kept = await MonthRowsAsync(db, t.Campaign.Id);
        Assert.NotEmpty(kept);
        await FieldLogTotalsWriter.RebuildAsync(db);
        Assert.Equal(kept, await MonthRowsAsync(db, t.Campaign.Id));
    }

    [Fact]
    public async Task The_seed_campaigns_months_add_up_to_its_totals()
    {
        await using var scope = data.NewScope();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var filter = new IndicatorFilter { CampaignId = data.CountyCampaignId };
        var months = await db.FieldLogs.Where(l => l.CampaignId == data.CountyCampaignId)
            .Select(l => new { l.StartDate, l.EndDate }).ToListAsync(TestContext.Current.CancellationToken);
        var first = new DateOnly(months.Min(m => m.StartDate).Year, months.Min(m => m.StartDate).Month, 1);
        var end = months.Max(m => m.EndDate);
        decimal households = 0;
        for (var m = first; m <= end; m = m.AddMonths(1))
        {
            var month = filter with { From = m, To = m.AddMonths(1).AddDays(-1) };
            households += await AssertAsync(stats, month);
        }
        Assert.Equal(471m, households); // the seed's 走访农户, month by month
    }

    /// <summary>Every field-log figure of the filter equals the sum of its records (the drill-down); returns 走访农户.</summary>
    private static async Task<decimal> AssertAsync(StatisticsService stats, IndicatorFilter filter, int? days = null, int? households = null)
    {
        var figures = (await stats.ComputeAsync(filter)).ToDictionary(v => v.Key, v => v.Value);
        foreach (var key in FieldLogKeys)
            Assert.Equal((key, (await stats.DrillDownAsync(key, filter)).Sum(r => r.Value)), (key, figures[key]));
        if (days is { } d) Assert.Equal(d, figures[IndicatorKeys.StationedDays]);
        if (households is { } h) Assert.Equal(h, figures[IndicatorKeys.HouseholdsVisited]);
        return figures[IndicatorKeys.HouseholdsVisited];
    }

    private static async Task<List<string>> MonthRowsAsync(DundianDbContext db, int campaignId) =>
        (await db.FieldLogMonthTotals.AsNoTracking().Where(r => r.CampaignId == campaignId).ToListAsync())
        .OrderBy(r => r.ParticipantId).ThenBy(r => r.Month)
        .Select(r => $"{r.ParticipantId} {r.Month} {r.SpanPath} {r.LogCount} {r.StationedDays} {r.HouseholdsVisited} {r.Talks} {r.ConsolationAmountFen}")
        .ToList();
}

public sealed class MonthTotalsTestsOnSqlite(SqliteCampaignDatabase data) : MonthTotalsTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class MonthTotalsTestsOnPostgres(PostgresCampaignDatabase data) : MonthTotalsTests(data), IClassFixture<PostgresCampaignDatabase>;
