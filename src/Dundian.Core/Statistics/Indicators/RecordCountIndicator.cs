using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Indicators;

/// <summary>
/// A figure that is the number of records of one source (groups, villages, projects, plans, …): COUNT in SQL,
/// and a drill-down of the same rows, each worth 1.
/// </summary>
public sealed class RecordCountIndicator<T>(string key, string label, string unit,
    Func<IndicatorSources, IQueryable<T>> source, Expression<Func<T, DrillDownRow>> row) : Indicator, IBatchedIndicator
{
    public Task<Expression<Func<long>>?> ScalarAsync(IndicatorSources sources, CancellationToken ct)
    {
        var q = source(sources);
        return Task.FromResult<Expression<Func<long>>?>(() => q.LongCount());
    }

    public decimal FromScalar(long raw) => raw;

    public override string Key => key;
    public override string Label => label;
    public override string Unit => unit;

    public override async Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct) =>
        await source(sources).CountAsync(ct);

    public override async Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct) =>
        (await source(sources).Select(row).ToListAsync(ct)).OrderBy(r => r.From).ThenBy(r => r.RecordId).ToList();
}
