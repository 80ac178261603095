using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Projects;

/// <summary>
/// Where a practical project or a development plan belongs: a campaign, a village under the unit that runs the
/// campaign (a county campaign reaches the county's villages, a township campaign only its own), and optionally
/// one of that campaign's research groups. Checked on every save; a refusal names the field in Chinese.
/// </summary>
public sealed record ProjectPlacement(int CampaignId, int VillageId, string VillagePath, int? GroupId)
{
    public static async Task<ProjectPlacement> CheckAsync(DundianDbContext db, int? campaignId, int? villageId, int? groupId,
        CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).FirstOrDefaultAsync(c => c.Id == campaignId, ct)
            ?? throw new ProjectRuleException("请选择所属的蹲点调研活动。");
        var village = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == villageId && u.Level == OrgLevel.Village, ct)
            ?? throw new ProjectRuleException("请选择项目所在的村(社区)。");
        if (!campaign.OrgUnit!.Covers(village))
            throw new ProjectRuleException($"“{village.Name}”不在“{campaign.Name}”的范围内。");
        if (groupId is { } g && !await db.ResearchGroups.AnyAsync(x => x.Id == g && x.CampaignId == campaign.Id, ct))
            throw new ProjectRuleException("所选调研组不属于该活动。");
        return new ProjectPlacement(campaign.Id, village.Id, village.Path, groupId);
    }

    public void ApplyTo(PracticalProject p) => (p.CampaignId, p.VillageId, p.VillagePath, p.GroupId) = (CampaignId, VillageId, VillagePath, GroupId);

    public void ApplyTo(DevelopmentPlan p) => (p.CampaignId, p.VillageId, p.VillagePath, p.GroupId) = (CampaignId, VillageId, VillagePath, GroupId);
}
