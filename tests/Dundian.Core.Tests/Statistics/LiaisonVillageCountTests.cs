using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>联系村 counts villages, not assignments: a village handed from one group to another is one village.</summary>
public abstract class LiaisonVillageCountTests(CampaignDatabase data)
{
    [Fact]
    public async Task A_village_handed_to_another_group_counts_once_and_the_drill_down_adds_up()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var test = await TestCampaign.CreateAsync(db);
        // 大徐村 goes from the first group (April) to a second one (from May), which also takes 降渚村.
        var second = new ResearchGroup { CampaignId = test.Campaign.Id, Name = "接手组" + test.Campaign.Id };
        second.LiaisonVillages.Add(new LiaisonVillage { VillageId = test.Village.Id, FromDate = new DateOnly(2007, 5, 1) });
        second.LiaisonVillages.Add(new LiaisonVillage { VillageId = test.OtherVillage.Id, FromDate = new DateOnly(2007, 5, 1) });
        db.ResearchGroups.Add(second);
        await db.SaveChangesAsync();

        var filter = new IndicatorFilter { CampaignId = test.Campaign.Id };
        Assert.Equal(3, await db.LiaisonVillages.CountAsync(l => l.Group!.CampaignId == test.Campaign.Id));
        Assert.Equal(2m, (await stats.ComputeAsync(IndicatorKeys.LiaisonVillages, filter)).Value);
        var rows = await stats.DrillDownAsync(IndicatorKeys.LiaisonVillages, filter);
        Assert.Equal(2m, rows.Sum(r => r.Value));
        var handed = Assert.Single(rows, r => r.RecordId == test.Village.Id);
        Assert.Equal($"{test.Group.Name}、{second.Name}", handed.Place);
        Assert.Null(handed.To); // still assigned (open-ended with the second group)

        // Each group still counts the village it had; the group filter selects its own assignments.
        Assert.Equal(1m, (await stats.ComputeAsync(IndicatorKeys.LiaisonVillages, filter with { GroupId = test.Group.Id })).Value);
        Assert.Equal(2m, (await stats.ComputeAsync(IndicatorKeys.LiaisonVillages, filter with { GroupId = second.Id })).Value);
        // Under the village itself: one.
        Assert.Equal(1m, (await stats.ComputeAsync(IndicatorKeys.LiaisonVillages, filter with { OrgUnitId = test.Village.Id })).Value);
    }

    [Fact]
    public async Task The_seeds_18_liaison_villages_are_18_villages()
    {
        await using var scope = data.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<DundianDbContext>();
        var stats = scope.ServiceProvider.GetRequiredService<StatisticsService>();
        var filter = new IndicatorFilter { CampaignId = data.CountyCampaignId };
        var distinct = await db.LiaisonVillages.Where(l => l.Group!.CampaignId == data.CountyCampaignId).Select(l => l.VillageId).Distinct().CountAsync();
        Assert.Equal(18, distinct);
        Assert.Equal(18m, (await stats.ComputeAsync(IndicatorKeys.LiaisonVillages, filter)).Value);
    }
}

public sealed class LiaisonVillageCountTestsOnSqlite(SqliteCampaignDatabase data) : LiaisonVillageCountTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class LiaisonVillageCountTestsOnPostgres(PostgresCampaignDatabase data) : LiaisonVillageCountTests(data), IClassFixture<PostgresCampaignDatabase>;
