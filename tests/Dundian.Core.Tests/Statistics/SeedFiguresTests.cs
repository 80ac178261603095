using Dundian.Core.Statistics;
using Dundian.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>The acceptance data: PRODUCT.md's table of the seed's 14 figures, read through the statistics service.</summary>
public abstract class SeedFiguresTests(CampaignDatabase data)
{
    // indicator key, value in the base unit, the seed's printed value and unit (PRODUCT.md)
    public static TheoryData<string, decimal, string, string> SeedTable => new()
    {
        { IndicatorKeys.StationedDays, 219, "219", "天" },
        { IndicatorKeys.FieldNotes, 36, "36", "篇" },
        { IndicatorKeys.ResearchReports, 18, "18", "篇" },
        { IndicatorKeys.Symposiums, 78, "78", "次" },
        { IndicatorKeys.HouseholdsVisited, 471, "471", "户" },
        { IndicatorKeys.Talks, 874, "874", "人次" },
        { IndicatorKeys.ConsolationHouseholds, 120, "120", "户" },
        { IndicatorKeys.ConsolationMoney, 65_000, "6.5", "万元" },
        { IndicatorKeys.PolicyTalks, 34, "34", "次" },
        { IndicatorKeys.DialogueParticipants, 1170, "1170", "人次" },
        { IndicatorKeys.ProblemsSolved, 66, "66", "个" },
        { IndicatorKeys.PracticalProjects, 187, "187", "件" },
        { IndicatorKeys.ProjectFunds, 10_860_000, "1086", "万元" },
        { IndicatorKeys.DevelopmentPlans, 406, "406", "个" },
    };

    [Theory]
    [MemberData(nameof(SeedTable))]
    public async Task County_campaign_figure_equals_the_seed(string key, decimal value, string printed, string unit)
    {
        var all = await ComputeAsync(new IndicatorFilter { CampaignId = data.CountyCampaignId });
        var figure = Assert.Single(all, v => v.Key == key);
        Assert.Equal(value, figure.Value);
        Assert.Equal(printed, figure.DisplayValue);
        Assert.Equal(unit, figure.DisplayUnit);
    }

    [Fact]
    public async Task County_campaign_has_the_seeds_groups_villages_people_and_topics()
    {
        var all = (await ComputeAsync(new IndicatorFilter { CampaignId = data.CountyCampaignId })).ToDictionary(v => v.Key, v => v.Value);
        Assert.Equal(18, all[IndicatorKeys.Groups]);
        Assert.Equal(18, all[IndicatorKeys.LiaisonVillages]);
        Assert.Equal(18, all[IndicatorKeys.Topics]);
        Assert.True(all[IndicatorKeys.Participants] > 120, "120余人");
    }

    [Fact]
    public async Task Labels_read_like_the_seeds_paragraph()
    {
        var all = await ComputeAsync(new IndicatorFilter { CampaignId = data.CountyCampaignId });
        Assert.Equal("发放慰问金6.5万元", all.Single(v => v.Key == IndicatorKeys.ConsolationMoney).Text);
        Assert.Equal("走访农户471户", all.Single(v => v.Key == IndicatorKeys.HouseholdsVisited).Text);
        Assert.Equal("项目扶助资金1086万元", all.Single(v => v.Key == IndicatorKeys.ProjectFunds).Text);
    }

    [Fact]
    public async Task The_township_campaign_does_not_change_the_county_figures_but_counts_in_its_own()
    {
        var county = await ComputeAsync(new IndicatorFilter { CampaignId = data.CountyCampaignId });
        var countyTier = await ComputeAsync(new IndicatorFilter { Tier = Core.Campaigns.CampaignTier.County });
        var township = await ComputeAsync(new IndicatorFilter { CampaignId = data.TownshipCampaignId });
        var everything = await ComputeAsync(new IndicatorFilter());
        Assert.Equal(county.Select(v => v.Value), countyTier.Select(v => v.Value));
        Assert.True(township.Single(v => v.Key == IndicatorKeys.StationedDays).Value > 0);
        for (var i = 0; i < county.Count; i++)
            Assert.Equal(county[i].Value + township[i].Value, everything[i].Value);
    }

    private async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorFilter filter)
    {
        await using var scope = data.NewScope();
        return await scope.ServiceProvider.GetRequiredService<StatisticsService>().ComputeAsync(filter);
    }
}

public sealed class SeedFiguresTestsOnSqlite(SqliteCampaignDatabase data) : SeedFiguresTests(data), IClassFixture<SqliteCampaignDatabase>;
public sealed class SeedFiguresTestsOnPostgres(PostgresCampaignDatabase data) : SeedFiguresTests(data), IClassFixture<PostgresCampaignDatabase>;
