using Dundian.Core.Common;
using Dundian.Core.Data;
using System.Linq.Expressions;
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
        var batched = filter.CampaignId is { } campaignId ? await BatchAsync(campaignId, sources, indicators, ct) : null;
        var values = new List<IndicatorValue>(indicators.Count);
        // One DbContext cannot run queries in parallel; figures are computed one after another.
        foreach (var indicator in indicators)
            values.Add(indicator.ToValue(batched is not null && batched.TryGetValue(indicator, out var v) ? v : await indicator.SumAsync(sources, ct)));
        return values;
    }

    /// <summary>
    /// The figures of one campaign that are plain COUNTs and SUMs (<see cref="IBatchedIndicator"/>) and the field-log
    /// totals (without an org unit) in one query: <c>SELECT (SELECT COUNT(*) …), (SELECT SUM(…) …), … FROM Campaigns
    /// WHERE Id = @id</c>, one round trip instead of one per figure. Null (compute one by one) when the campaign does not
    /// exist or there is too little to batch.
    /// </summary>
    private async Task<Dictionary<Indicator, decimal>?> BatchAsync(int campaignId, IndicatorSources sources,
        IReadOnlyList<Indicator> indicators, CancellationToken ct)
    {
        var scalars = new List<Expression>();
        var slots = new List<(IBatchedIndicator Indicator, int At)>();
        foreach (var indicator in indicators)
        {
            if (indicator is not IBatchedIndicator b || await b.ScalarAsync(sources, ct) is not { } scalar) continue;
            slots.Add((b, scalars.Count));
            scalars.Add(scalar.Body);
        }
        var totals = indicators.Any(i => i is Indicators.FieldLogSumIndicator or Indicators.StationedDaysIndicator)
            ? Totals.FieldLogTotalsReader.Scalars(sources) : null;
        var totalsAt = scalars.Count;
        if (totals is not null) scalars.AddRange(totals.Select(t => t.Sum.Body));
        if (scalars.Count < 2) return null;
        var campaign = Expression.Parameter(typeof(Campaigns.Campaign), "c");
        var row = Expression.Lambda<Func<Campaigns.Campaign, long[]>>(Expression.NewArrayInit(typeof(long), scalars), campaign);
        var raw = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(row).FirstOrDefaultAsync(ct);
        if (raw is null) return null;
        if (totals is not null)
        {
            var sums = totals.Select((t, i) => (t.Column, Value: raw[totalsAt + i])).ToDictionary(t => t.Column, t => t.Value);
            var days = sums["StationedDays"];
            sums.Remove("StationedDays");
            sources.UseFigures(new Totals.FieldLogFigures(sums, days));
        }
        return slots.ToDictionary(s => (Indicator)s.Indicator, s => s.Indicator.FromScalar(raw[s.At]));
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
