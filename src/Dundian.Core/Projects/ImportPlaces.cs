using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Core.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Projects;

/// <summary>
/// Where an imported project or plan belongs, by the rules of <see cref="ProjectPlacement"/>: a village in the user's
/// 办实事 scope (<see cref="ProjectAccess"/>) and inside the campaign's unit, and optionally one of the campaign's
/// groups by name. Loaded once per file.
/// </summary>
public sealed class ImportPlaces
{
    private readonly Campaign campaign;
    private readonly ImportVillages villages;
    private readonly Dictionary<string, int> groups;

    private ImportPlaces(Campaign campaign, ImportVillages villages, Dictionary<string, int> groups) =>
        (this.campaign, this.villages, this.groups) = (campaign, villages, groups);

    public Campaign Campaign => campaign;

    public static async Task<ImportPlaces> LoadAsync(DundianDbContext db, StaffScope scope, int campaignId, IEnumerable<string?> villageCells,
        CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).SingleAsync(c => c.Id == campaignId, ct);
        var villages = await ImportVillages.LoadAsync(db, villageCells, ProjectAccess.Paths(scope), ct, campaign.OrgUnit!.Path);
        var groups = (await db.ResearchGroups.AsNoTracking().Where(g => g.CampaignId == campaignId).Select(g => new { g.Name, g.Id }).ToListAsync(ct))
            .GroupBy(g => g.Name).ToDictionary(g => g.Key, g => g.First().Id);
        return new ImportPlaces(campaign, villages, groups);
    }

    public ProjectPlacement? Find(RowReader r, string villageHeader, string groupHeader)
    {
        var village = villages.Find(r, villageHeader);
        if (village is not null && !campaign.OrgUnit!.Covers(village))
        {
            r.Problem($"“{village.Name}”不在“{campaign.Name}”的范围内。");
            village = null;
        }
        int? groupId = null;
        if (r[groupHeader] is { } name)
        {
            if (groups.TryGetValue(name, out var id)) groupId = id;
            else r.Problem($"调研组“{name}”不属于本活动。");
        }
        return village is null || r.Failed ? null : new ProjectPlacement(campaign.Id, village.Id, village.Path, groupId);
    }

    /// <summary>A day the record claims (落实, 完成, 制定) cannot lie in the future.</summary>
    public static void CheckNotFuture(RowReader r, string header, DateOnly? day, DateOnly today)
    {
        if (day > today) r.Problem($"{header}不能晚于今天。");
    }
}
