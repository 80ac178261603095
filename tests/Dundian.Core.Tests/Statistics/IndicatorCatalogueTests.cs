using Dundian.Core.Statistics;
using Xunit;

namespace Dundian.Core.Tests.Statistics;

/// <summary>Later modules plug into the catalogue by registering indicators.</summary>
public class IndicatorCatalogueTests
{
    private sealed class ConcernsAndLogs : Indicator
    {
        public override string Key => IndicatorKeys.ProblemsSolved;
        public override string Label => "解决实际问题";
        public override string Unit => "个";
        public override Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct) => Task.FromResult(0m);
        public override Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<DrillDownRow>>([]);
    }

    [Fact]
    public void The_built_in_catalogue_has_the_seeds_fourteen_figures_in_order_then_the_structure()
    {
        var keys = new IndicatorCatalogue(BuiltInIndicators.Create()).All.Select(i => i.Key).ToList();
        Assert.Equal(18, keys.Count);
        Assert.Equal(IndicatorKeys.StationedDays, keys[0]);
        Assert.Equal(IndicatorKeys.DevelopmentPlans, keys[13]);
    }

    [Fact]
    public void A_module_replaces_an_indicator_by_key_and_keeps_its_place()
    {
        var builtIn = new IndicatorCatalogue(BuiltInIndicators.Create());
        var replaced = new IndicatorCatalogue([.. BuiltInIndicators.Create(), new ConcernsAndLogs()]);
        Assert.Equal(builtIn.All.Select(i => i.Key), replaced.All.Select(i => i.Key));
        Assert.IsType<ConcernsAndLogs>(replaced.Get(IndicatorKeys.ProblemsSolved));
    }

    [Fact]
    public void Money_prints_in_wan_yuan_like_the_seed()
    {
        var catalogue = new IndicatorCatalogue(BuiltInIndicators.Create());
        Assert.Equal(("6.5", "万元"), catalogue.Get(IndicatorKeys.ConsolationMoney).Display(65_000m));
        Assert.Equal(("1086", "万元"), catalogue.Get(IndicatorKeys.ProjectFunds).Display(10_860_000m));
        Assert.Equal(("0.01", "万元"), catalogue.Get(IndicatorKeys.ProjectFunds).Display(100m));
    }
}
