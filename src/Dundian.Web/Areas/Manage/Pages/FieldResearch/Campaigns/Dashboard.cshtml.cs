using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Dundian.Core.Statistics;
using Dundian.Web.Accounts;
using Dundian.Web.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Areas.Manage.Pages.Campaigns;

/// <summary>
/// The campaign office's dashboard: the catalogue's figures (each a link to the records behind it), tables by
/// group and by liaison village, a chart fed by the JSON API, and who is behind. Filters are GET parameters so
/// a filtered view can be bookmarked and sent on.
/// </summary>
public class DashboardModel(DundianDbContext db, StatisticsService statistics, CampaignFigures figures,
    CompletenessService completeness) : PageModel
{
    public Campaign Campaign { get; private set; } = null!;
    public FigureQuery Query { get; private set; } = new();
    public int IdleDays { get; private set; }
    public string? FilterError { get; private set; }
    public IReadOnlyList<IndicatorValue> Values { get; private set; } = [];
    public List<BreakdownRow> ByGroup { get; private set; } = [];
    public List<BreakdownRow> ByVillage { get; private set; } = [];
    public List<CompletenessRow> WithoutNote { get; private set; } = [];
    public List<CompletenessRow> WithoutReport { get; private set; } = [];
    public List<CompletenessRow> IdleVillages { get; private set; } = [];
    public List<(int Id, string Name)> OrgUnits { get; private set; } = [];
    public List<(int Id, string Name)> Groups { get; private set; } = [];
    public List<(int Id, string Name)> Participants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] FigureQuery query, [FromQuery] int idleDays = 14, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return NotFound();
        if (!User.Scope().MayReadFigures(campaign.OrgUnit!.Path)) return Forbid();
        Campaign = campaign;
        Query = query;
        IdleDays = Math.Clamp(idleDays, 1, 365);
        await LoadChoicesAsync(campaign, ct);
        if (!ModelState.IsValid) { FilterError = "筛选条件格式不正确,请检查日期和选项。"; Query = new(); }
        try
        {
            Values = await statistics.ComputeAsync(Query.ToFilter(id), ct);
            ByGroup = await figures.ByGroupAsync(id, Query, ct);
            ByVillage = await figures.ByVillageAsync(id, Query, ct);
        }
        catch (ValidationException e)
        {
            FilterError = e.Message;
            Query = new();
            Values = await statistics.ComputeAsync(Query.ToFilter(id), ct);
        }
        WithoutNote = await completeness.ParticipantsWithoutFieldNoteAsync(id, ct);
        WithoutReport = await completeness.ParticipantsWithoutResearchReportAsync(id, ct);
        IdleVillages = await completeness.IdleLiaisonVillagesAsync(id, IdleDays, ct);
        return Page();
    }

    public string IndicatorUrl(string key) => $"/manage/campaigns/{Campaign.Id}/indicators/{key}{Query.ToQueryString()}";

    public string ByGroupApiUrl => $"/api/campaigns/{Campaign.Id}/by-group{Query.ToQueryString()}";

    private async Task LoadChoicesAsync(Campaign campaign, CancellationToken ct)
    {
        var root = campaign.OrgUnit!.Path;
        // Towns under the campaign's unit, and the liaison villages: the units a roll-up is usually asked for.
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(root) && u.Level == OrgLevel.Town)
            .OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var villages = await db.LiaisonVillages.AsNoTracking().Where(l => l.Group!.CampaignId == campaign.Id)
            .Select(l => new { l.VillageId, l.Village!.Name, Town = l.Village.Parent!.Name }).Distinct().ToListAsync(ct);
        OrgUnits = [(campaign.OrgUnitId, campaign.OrgUnit.Name), .. towns.Select(t => (t.Id, t.Name)),
            .. villages.OrderBy(v => v.Town).Select(v => (v.VillageId, $"{v.Town} {v.Name}"))];
        var groups = await db.ResearchGroups.AsNoTracking().Where(g => g.CampaignId == campaign.Id)
            .OrderBy(g => g.SortOrder).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        Groups = groups.Select(g => (g.Id, g.Name)).ToList();
        var people = await db.Participants.AsNoTracking().Where(p => p.CampaignId == campaign.Id)
            .OrderBy(p => p.GroupId).ThenBy(p => p.Id).Select(p => new { p.Id, p.Name, p.Title }).ToListAsync(ct);
        Participants = people.Select(p => (p.Id, $"{p.Name}({p.Title})")).ToList();
    }

    /// <summary>
    /// One of the dashboard's tables under the same filter (period, unit, group, person) as .xlsx: <c>table=figures</c>
    /// (据统计), <c>groups</c> or <c>villages</c>. Same scope check as the page; a bad filter shows the page's message
    /// and writes nothing.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(int id, [FromQuery] FigureQuery query, [FromQuery] string? table, CancellationToken ct)
    {
        if (table is not ("figures" or "groups" or "villages")) return NotFound();
        var page = await OnGetAsync(id, query, 14, ct);
        if (page is not PageResult || FilterError is not null) return page;
        var sheet = Dundian.Web.Exports.FigureSheets.Dashboard(table, Values, ByGroup, ByVillage);
        await db.AuditAsync("导出Excel", "Campaign", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{sheet.Name} {Query.ToQueryString()}", ct);
        return new Dundian.Web.Exports.XlsxDownload($"{Campaign.Name}-{sheet.Name}.xlsx", sheet);
    }
}
