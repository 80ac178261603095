using System.Linq.Expressions;
using Dundian.Core.FieldWork;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Indicators;

/// <summary>
/// A figure that is the SUM of one column of the field logs (走访农户, 座谈会, 谈心, …), computed in SQL: from the
/// per-person totals when the filter has no period (see <see cref="IndicatorSources.UsesTotals"/>), else from the
/// logs. Drill-down always lists the logs themselves with a non-zero value, so it adds up to either. <paramref name="divisor"/> turns stored fen into yuan.
/// </summary>
public class FieldLogSumIndicator(string key, string label, string unit, Expression<Func<FieldLog, long>> column,
    decimal divisor = 1) : Indicator
{
    private readonly Func<FieldLog, long> read = column.Compile();
    private readonly Expression<Func<FieldLog, bool>> nonZero =
        Expression.Lambda<Func<FieldLog, bool>>(Expression.NotEqual(column.Body, Expression.Constant(0L)), column.Parameters);

    /// <summary>The summed column; <see cref="StatisticsService"/> batches all of them into one query.</summary>
    public Expression<Func<FieldLog, long>> Column => column;

    public override string Key => key;
    public override string Label => label;
    public override string Unit => unit;

    public override async Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct) =>
        await sources.SumFieldLogsAsync(column, ct) / divisor;

    public override async Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct)
    {
        var rows = await sources.FieldLogs().Where(nonZero)
            .OrderBy(l => l.StartDate).ThenBy(l => l.Id)
            .Select(l => new { Log = l, Person = l.Participant!.Name, Village = l.Village!.Name })
            .ToListAsync(ct);
        return rows.Select(r => new DrillDownRow("FieldLog", r.Log.Id, $"{r.Person}蹲点日志", r.Village,
            r.Log.StartDate, r.Log.EndDate, read(r.Log) / divisor)).ToList();
    }
}
