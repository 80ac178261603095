using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Statistics.Indicators;

/// <summary>
/// 进村蹲点调研时间 (天). Days are a union per person, which SQL cannot SUM. Without a period, or with a period of whole
/// months, the figure comes from the per-person (monthly) totals kept on every write (<see cref="Totals.FieldLogTotalsReader"/>); with another period, and
/// always for the drill-down, the database filters and sorts the stays and only (participant, start, end) tuples
/// are streamed into <see cref="StationedDays"/>.
/// </summary>
public sealed class StationedDaysIndicator : Indicator
{
    public override string Key => IndicatorKeys.StationedDays;
    public override string Label => "进村蹲点调研时间";
    public override string Unit => "天";

    /// <summary>From the pre-aggregated totals when they apply (see <see cref="Totals.FieldLogTotalsReader"/>); else from the stays.</summary>
    public override async Task<decimal> SumAsync(IndicatorSources sources, CancellationToken ct) => sources.UsesTotals
        ? (await sources.FieldLogFiguresAsync(ct)).StationedDays
        : (await PerParticipantAsync(sources, ct)).Values.Sum();

    public override async Task<IReadOnlyList<DrillDownRow>> DrillDownAsync(IndicatorSources sources, CancellationToken ct)
    {
        var days = await PerParticipantAsync(sources, ct);
        var ids = days.Keys.ToList();
        var people = await sources.Db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Title, Group = p.Group!.Name }).ToListAsync(ct);
        return people.OrderByDescending(p => days[p.Id]).ThenBy(p => p.Id)
            .Select(p => new DrillDownRow("Participant", p.Id, $"{p.Name}({p.Title})", p.Group, null, null, days[p.Id]))
            .ToList();
    }

    private static async Task<Dictionary<int, int>> PerParticipantAsync(IndicatorSources sources, CancellationToken ct)
    {
        var stays = sources.StaysOverlappingPeriod()
            .OrderBy(l => l.ParticipantId).ThenBy(l => l.StartDate)
            .Select(l => new { l.ParticipantId, l.StartDate, l.EndDate })
            .AsAsyncEnumerable();
        var tuples = new List<(int, DateOnly, DateOnly)>();
        await foreach (var s in stays.WithCancellation(ct)) tuples.Add((s.ParticipantId, s.StartDate, s.EndDate));
        return StationedDays.PerParticipant(tuples, sources.Filter.From, sources.Filter.To);
    }
}
