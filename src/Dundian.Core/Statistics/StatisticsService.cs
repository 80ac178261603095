using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics;

/// <summary>
/// Computes the catalogue's figures for a filter, and lists the records behind one figure. The dashboard,
/// the API, bulletins and the public campaign page all read figures here, so they cannot disagree.
/// </summary>
public class StatisticsService(DundianDbContext db, IndicatorCatalogue catalogue)
{
    public IndicatorCatalogue Catalogue => catalogue;

    public Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorFilter filter, CancellationToken ct = default) =>
        ComputeAsync(filter, catalogue.All, ct);

    /// <summary>Some figures of one filter, in catalogue order, sharing one set of sources (a headline strip, a breakdown row).</summary>
    public Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorFilter filter, IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        ComputeAsync(filter, catalogue.All.Where(i => keys.Contains(i.Key)).ToList(), ct);

    private async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorFilter filter, IReadOnlyList<Indicator> indicators, CancellationToken ct)
    {
        var sources = await SourcesAsync(filter, ct);
        // The field-log sums (走访农户, 座谈会, …) come from one scan of the logs rather than one query each.
        sources.BatchFieldLogSums(indicators.OfType<Indicators.FieldLogSumIndicator>().Select(i => i.Column));
        var values = new List<IndicatorValue>(indicators.Count);
        // One DbContext cannot run queries in parallel; figures are computed one after another.
        foreach (var indicator in indicators)
            values.Add(indicator.ToValue(await indicator.SumAsync(sources, ct)));
        return values;
    }

    public async Task<IndicatorValue> ComputeAsync(string key, IndicatorFilter filter, CancellationToken ct = default)
    {
        var indicator = catalogue.Get(key);
        return indicator.ToValue(await indicator.SumAsync(await SourcesAsync(filter, ct), ct));
    }

    public async Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(string key, IndicatorFilter filter, CancellationToken ct = default) =>
        await catalogue.Get(key).DrillDownAsync(await SourcesAsync(filter, ct), ct);

    private async Task<IndicatorSources> SourcesAsync(IndicatorFilter filter, CancellationToken ct)
    {
        if (filter.From is { } from && filter.To is { } to && to < from)
            throw new ValidationException(nameof(filter.To), "统计期间的结束日期不能早于开始日期");
        string? path = null;
        if (filter.OrgUnitId is { } unitId)
            path = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
                   ?? throw new ValidationException(nameof(filter.OrgUnitId), "所选组织不存在");
        int? groupOfParticipant = null;
        if (filter.ParticipantId is { } pid)
            groupOfParticipant = await db.Participants.Where(p => p.Id == pid).Select(p => p.GroupId).FirstOrDefaultAsync(ct);
        return new IndicatorSources(db, filter, path, groupOfParticipant);
    }
}
