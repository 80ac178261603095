using Dundian.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Indicators;

/// <summary>项目扶助资金: funds of the projects counted as 落实, summed in fen in SQL, valued in 元, printed in 万元.</summary>
public sealed class ProjectFundsIndicator : Indicator, IBatchedIndicator
{
    public Task<System.Linq.Expressions.Expression<Func<long>>?> ScalarAsync(IndicatorSources sources, CancellationToken ct)
    {
        var q = sources.PracticalProjects();
        return Task.FromResult<System.Linq.Expressions.Expression<Func<long>>?>(() => q.Sum(p => p.FundsFen));
    }

    public decimal FromScalar(long raw) => Money.ToYuan(raw);

    public override string Key => IndicatorKeys.ProjectFunds;
    public override string Label => "项目扶助资金";
    public override string Unit => "元";

    public override (string Value, string Unit) Display(decimal value) => (Money.WanYuanText(value), "万元");

    public override async Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct) =>
        Money.ToYuan(await sources.PracticalProjects().SumAsync(p => p.FundsFen, ct));

    public override async Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct)
    {
        var rows = await sources.PracticalProjects().Where(p => p.FundsFen != 0)
            .OrderBy(p => p.ImplementedOn).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, Village = p.Village!.Name, p.ImplementedOn, p.FundsFen })
            .ToListAsync(ct);
        return rows.Select(r => new DrillDownRow("PracticalProject", r.Id, r.Title, r.Village, r.ImplementedOn, null,
            Money.ToYuan(r.FundsFen))).ToList();
    }
}
