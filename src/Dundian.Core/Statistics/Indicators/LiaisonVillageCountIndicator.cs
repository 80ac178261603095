using Dundian.Core.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Indicators;

/// <summary>
/// 联系村: the number of distinct villages with a liaison assignment the filter selects. A village handed from one group
/// to another (two assignments) is one village, as the seed's 「18个联系村」 counts villages. The drill-down lists one
/// row per village (its groups and the span of its assignments), each worth 1, so it adds up to the figure.
/// </summary>
public sealed class LiaisonVillageCountIndicator : Indicator, IBatchedIndicator
{
    public Task<System.Linq.Expressions.Expression<Func<long>>?> ScalarAsync(IndicatorSources sources, CancellationToken ct)
    {
        var q = sources.LiaisonVillages().Select(l => l.VillageId).Distinct();
        return Task.FromResult<System.Linq.Expressions.Expression<Func<long>>?>(() => q.LongCount());
    }

    public decimal FromScalar(long raw) => raw;

    public override string Key => IndicatorKeys.LiaisonVillages;
    public override string Label => "联系村";
    public override string Unit => "个";

    public override async Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct) =>
        await sources.LiaisonVillages().Select(l => l.VillageId).Distinct().CountAsync(ct);

    public override async Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct)
    {
        var assignments = await sources.LiaisonVillages()
            .Select(l => new { l.VillageId, Village = l.Village!.Name, Group = l.Group!.Name, l.Group.SortOrder, l.FromDate, l.ToDate })
            .ToListAsync(ct);
        return assignments.GroupBy(a => a.VillageId)
            .Select(g =>
            {
                var groups = string.Join("、", g.OrderBy(a => a.FromDate).ThenBy(a => a.SortOrder).Select(a => a.Group).Distinct());
                var to = g.Any(a => a.ToDate is null) ? null : g.Max(a => a.ToDate);
                return new DrillDownRow(nameof(LiaisonVillage), g.Key, g.First().Village, groups, g.Min(a => a.FromDate), to, 1);
            })
            .OrderBy(r => r.From).ThenBy(r => r.RecordId).ToList();
    }
}
