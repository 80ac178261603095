using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>
/// A campaign's figures computed together (one query for the COUNTs, SUMs and totals) equal each figure computed on its
/// own (the indicator's SumAsync), under every kind of filter.
/// </summary>
public abstract class BatchedFiguresTests(CampaignDatabase data)
{
    [Fact]
    public async Task The_one_query_batch_gives_each_indicators_own_figure()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var county = new IndicatorFilter { CampaignId = data.CountyCampaignId };
        var group = await db.ResearchGroups.Where(g => g.CampaignId == data.CountyCampaignId).OrderBy(g => g.SortOrder).FirstAsync();
        var person = await db.Participants.Where(p => p.GroupId == group.Id).OrderBy(p => p.Id).FirstAsync();
        var town = await CampaignDatabase.UnitAsync(db, "石浦镇");
        var april = await db.FieldLogs.Where(l => l.CampaignId == data.CountyCampaignId).MinAsync(l => l.StartDate);
        var month = new DateOnly(april.Year, april.Month, 1);
        IndicatorFilter[] filters =
        [
            county, county with { GroupId = group.Id }, county with { ParticipantId = person.Id }, county with { OrgUnitId = town.Id },
            county with { From = month, To = month.AddMonths(1).AddDays(-1) }, county with { From = month, To = month.AddDays(9) },
            new IndicatorFilter { CampaignId = data.TownshipCampaignId },
        ];
        foreach (var filter in filters)
        {
            var together = await stats.ComputeAsync(filter);
            Assert.Equal(stats.Catalogue.All.Count, together.Count);
            foreach (var figure in together)
                Assert.Equal((filter, figure.Key, (await stats.ComputeAsync(figure.Key, filter)).Value), (filter, figure.Key, figure.Value));
        }
    }
}

public sealed class BatchedFiguresTestsOnSqlite(SqliteCampaignDatabase data) : BatchedFiguresTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class BatchedFiguresTestsOnPostgres(PostgresCampaignDatabase data) : BatchedFiguresTests(data), IClassFixture<PostgresCampaignDatabase>;
