using System.Linq.Expressions;

namespace Dundian.Core.Statistics;

/// <summary>
/// An indicator whose figure is one scalar of SQL (a COUNT or a SUM), so that <see cref="StatisticsService"/> can ask
/// for all such figures of a campaign in a single query instead of one round trip each. <see cref="Indicator.SumAsync"/>
/// stays the reference: both must give the same value.
/// </summary>
public interface IBatchedIndicator
{
    /// <summary>The raw value (before <see cref="FromScalar"/>) as a scalar query; null when this filter needs SumAsync.</summary>
    Task<Expression<Func<long>>?> ScalarAsync(IndicatorSources sources, CancellationToken ct);

    /// <summary>The figure in its base unit from the raw value (e.g. fen → 元).</summary>
    decimal FromScalar(long raw);
}
