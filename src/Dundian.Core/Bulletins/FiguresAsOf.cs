using Dundian.Core.Statistics;

namespace Dundian.Core.Bulletins;

/// <summary>
/// Computes a bulletin's figures the way the dashboard does — <see cref="StatisticsService"/>, same catalogue, same
/// drill-down — for the whole campaign up to the cut-off day. Used to freeze them at issue and to compute "today"
/// under the very same filter, so the two can only differ by the records that changed since.
/// </summary>
public class FiguresAsOf(StatisticsService statistics)
{
    public static IndicatorFilter Filter(int campaignId, DateOnly cutOff) => new() { CampaignId = campaignId, To = cutOff };

    public async Task<List<BulletinFigure>> FreezeAsync(int campaignId, DateOnly cutOff, IReadOnlyList<string> keys, CancellationToken ct = default)
    {
        var filter = Filter(campaignId, cutOff);
        var figures = new List<BulletinFigure>(keys.Count);
        var order = 0;
        foreach (var key in keys)
        {
            var value = await statistics.ComputeAsync(key, filter, ct);
            var rows = await statistics.DrillDownAsync(key, filter, ct);
            figures.Add(BulletinFigure.Freeze(++order, value, filter, rows));
        }
        return figures;
    }

    /// <summary>The sentence with live figures, for a draft's preview.</summary>
    public async Task<string> PreviewAsync(int campaignId, DateOnly cutOff, string template, CancellationToken ct = default)
    {
        var filter = Filter(campaignId, cutOff);
        var values = new Dictionary<string, (string, string)>();
        foreach (var key in StatisticsTemplate.Keys(template))
        {
            var v = await statistics.ComputeAsync(key, filter, ct);
            values[key] = (v.DisplayValue, v.DisplayUnit);
        }
        return StatisticsTemplate.Render(template, cutOff, values);
    }

    /// <summary>Each printed figure beside today's value under the same filter, with the records that explain the difference.</summary>
    public async Task<List<FigureComparison>> CompareAsync(IEnumerable<BulletinFigure> printed, CancellationToken ct = default)
    {
        var result = new List<FigureComparison>();
        foreach (var figure in printed.OrderBy(f => f.SortOrder))
        {
            var filter = figure.Filter;
            var today = await statistics.ComputeAsync(figure.IndicatorKey, filter, ct);
            var rows = await statistics.DrillDownAsync(figure.IndicatorKey, filter, ct);
            result.Add(FigureComparison.Of(figure, today, rows));
        }
        return result;
    }
}
