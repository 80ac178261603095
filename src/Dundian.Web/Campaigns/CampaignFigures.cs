using Dundian.Core.Data;
using Dundian.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Campaigns;

/// <summary>
/// Figures of a campaign broken down by group and by liaison village. Every cell is the catalogue's own figure
/// under a narrower filter (not a separate GROUP BY), so a cell can never disagree with its drill-down.
/// </summary>
public class CampaignFigures(DundianDbContext db, StatisticsService statistics)
{
    /// <summary>The columns of the breakdown tables and the chart: the field-work figures a group is judged by.</summary>
    public static readonly IReadOnlyList<string> BreakdownKeys =
    [
        IndicatorKeys.StationedDays, IndicatorKeys.HouseholdsVisited, IndicatorKeys.Symposiums,
        IndicatorKeys.Talks, IndicatorKeys.FieldNotes, IndicatorKeys.ResearchReports,
    ];

    public async Task<List<BreakdownRow>> ByGroupAsync(int campaignId, FigureQuery query, CancellationToken ct = default)
    {
        var groups = await db.ResearchGroups.AsNoTracking().Where(g => g.CampaignId == campaignId)
            .Where(g => query.GroupId == null || g.Id == query.GroupId)
            .OrderBy(g => g.SortOrder).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.Name, Leader = g.Leader != null ? g.Leader.Name : null }).ToListAsync(ct);
        var rows = new List<BreakdownRow>(groups.Count);
        foreach (var g in groups)
        {
            var filter = query.ToFilter(campaignId) with { GroupId = g.Id };
            rows.Add(new BreakdownRow(g.Id, g.Name, g.Leader, await ValuesAsync(filter, ct)));
        }
        return rows;
    }

    public async Task<List<BreakdownRow>> ByVillageAsync(int campaignId, FigureQuery query, CancellationToken ct = default)
    {
        var filterPath = query.OrgUnitId is { } unitId
            ? await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
            : null;
        var villages = await db.LiaisonVillages.AsNoTracking().Where(l => l.Group!.CampaignId == campaignId)
            .Select(l => new { l.VillageId, Name = l.Village!.Name, l.Village.Path, Group = l.Group!.Name, l.Group.SortOrder })
            .ToListAsync(ct);
        var rows = new List<BreakdownRow>();
        // A village's row filters by the village itself, so the page's own org filter can only narrow the list.
        foreach (var v in villages.Where(v => filterPath is null || v.Path.StartsWith(filterPath, StringComparison.Ordinal))
                     .GroupBy(v => v.VillageId).Select(g => g.OrderBy(x => x.SortOrder).First()).OrderBy(v => v.SortOrder))
        {
            var filter = query.ToFilter(campaignId) with { OrgUnitId = v.VillageId };
            rows.Add(new BreakdownRow(v.VillageId, v.Name, v.Group, await ValuesAsync(filter, ct)));
        }
        return rows;
    }

    /// <summary>One set of sources per row: the field-log columns come from one read of the totals (monthly ones for a period of whole months).</summary>
    private async Task<List<IndicatorValue>> ValuesAsync(IndicatorFilter filter, CancellationToken ct)
    {
        var values = (await statistics.ComputeAsync(filter, BreakdownKeys.ToList(), ct)).ToDictionary(v => v.Key);
        return BreakdownKeys.Select(k => values[k]).ToList();
    }
}
