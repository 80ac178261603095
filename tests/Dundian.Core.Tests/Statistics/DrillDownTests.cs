using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>Every figure is traceable: for every indicator and many filters, the records behind it add up to it.</summary>
public abstract class DrillDownTests(CampaignDatabase data)
{
    [Fact]
    public async Task For_every_indicator_the_drill_down_adds_up_to_the_figure()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var county = new IndicatorFilter { CampaignId = data.CountyCampaignId };
        var shipu = await CampaignDatabase.UnitAsync(db, "石浦镇");
        var zhou = await db.Participants.SingleAsync(p => p.Name == "周江勇");
        var groupTwo = await db.ResearchGroups.SingleAsync(g => g.CampaignId == data.CountyCampaignId && g.SortOrder == 2);
        IndicatorFilter[] filters =
        [
            county,
            county with { OrgUnitId = shipu.Id },
            county with { GroupId = groupTwo.Id },
            county with { ParticipantId = zhou.Id },
            county with { From = new DateOnly(2007, 4, 1), To = new DateOnly(2007, 4, 30) },
            new() { CampaignId = data.TownshipCampaignId },
            new() { OrgUnitId = shipu.Id },
        ];
        foreach (var filter in filters)
            foreach (var indicator in stats.Catalogue.All)
            {
                var value = await stats.ComputeAsync(indicator.Key, filter);
                var rows = await stats.DrillDownAsync(indicator.Key, filter);
                Assert.True(value.Value == rows.Sum(r => r.Value), $"{indicator.Key} with {filter}: {value.Value} vs {rows.Sum(r => r.Value)}");
                Assert.Equal(rows.Count, rows.Select(r => (r.RecordType, r.RecordId)).Distinct().Count());
            }
    }

    [Fact]
    public async Task Household_visits_drill_down_to_field_logs_with_their_counts()
    {
        await using var scope = data.NewScope();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var rows = await stats.DrillDownAsync(IndicatorKeys.HouseholdsVisited, new IndicatorFilter { CampaignId = data.CountyCampaignId });
        Assert.All(rows, r => Assert.Equal("FieldLog", r.RecordType));
        var first = rows[0];
        Assert.Equal(("周江勇蹲点日志", "东门渔村", new DateOnly(2007, 3, 22)), (first.Title, first.Place, first.From));
    }

    [Fact]
    public async Task Unknown_org_unit_or_reversed_period_is_a_chinese_validation_error()
    {
        await using var scope = data.NewScope();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var e1 = await Assert.ThrowsAsync<Core.Common.ValidationException>(() => stats.ComputeAsync(new IndicatorFilter { OrgUnitId = -5 }));
        Assert.Equal("所选组织不存在", e1.Message);
        var e2 = await Assert.ThrowsAsync<Core.Common.ValidationException>(() =>
            stats.ComputeAsync(new IndicatorFilter { From = new DateOnly(2007, 5, 1), To = new DateOnly(2007, 4, 1) }));
        Assert.Contains("结束日期不能早于开始日期", e2.Message);
    }
}

public sealed class DrillDownTestsOnSqlite(SqliteCampaignDatabase data) : DrillDownTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class DrillDownTestsOnPostgres(PostgresCampaignDatabase data) : DrillDownTests(data), IClassFixture<PostgresCampaignDatabase>;
