using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Imports;
using Dundian.Core.Projects;
using Dundian.Web.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Projects;

/// <summary>The templates of a campaign's practical projects and development plans: drop-downs of the villages in
/// the user's scope inside the campaign's unit, the campaign's groups and the project statuses, and an example.</summary>
public class ProjectTemplate(DundianDbContext db)
{
    public async Task<byte[]> ProjectsAsync(StaffScope scope, int campaignId, CancellationToken ct)
    {
        var (campaign, villages, groups) = await ChoicesAsync(scope, campaignId, ct);
        var template = new ImportTemplate("实事项目", ProjectSheet.Headers)
            .List(ProjectSheet.Village, villages).List(ProjectSheet.Group, groups).List(ProjectSheet.Status, ProjectSheet.Statuses.Keys)
            .Date(ProjectSheet.ImplementedOn, ProjectSheet.CompletedOn)
            .Yuan([ProjectSheet.Budget, .. Enumerable.Range(1, ProjectSheet.FundingColumns).Select(ProjectSheet.Amount)]);
        return template.ToBytes(new Dictionary<string, object?>
        {
            [ProjectSheet.Title] = "示例:修建村道路灯", [ProjectSheet.Village] = villages.FirstOrDefault() ?? "某某村", [ProjectSheet.Group] = groups.FirstOrDefault(),
            [ProjectSheet.Status] = ProjectStatusNames.Of(ProjectStatus.Implemented), [ProjectSheet.ImplementedOn] = campaign.StartDate.ToString("yyyy-MM-dd"),
            [ProjectSheet.Budget] = 120000, [ProjectSheet.Description] = "安装太阳能路灯 40 盏",
            [ProjectSheet.Source(1)] = "县财政扶助资金", [ProjectSheet.Amount(1)] = 80000, [ProjectSheet.Source(2)] = "村集体自筹", [ProjectSheet.Amount(2)] = 40000,
        });
    }

    public async Task<byte[]> PlansAsync(StaffScope scope, int campaignId, CancellationToken ct)
    {
        var (campaign, villages, groups) = await ChoicesAsync(scope, campaignId, ct);
        return new ImportTemplate("发展计划", PlanSheet.Headers)
            .List(PlanSheet.Village, villages).List(PlanSheet.Group, groups).Date(PlanSheet.AdoptedOn)
            .ToBytes(new Dictionary<string, object?>
            {
                [PlanSheet.Title] = "示例:村三年发展计划", [PlanSheet.Village] = villages.FirstOrDefault() ?? "某某村", [PlanSheet.Group] = groups.FirstOrDefault(),
                [PlanSheet.AdoptedOn] = campaign.StartDate.ToString("yyyy-MM-dd"), [PlanSheet.Summary] = "发展渔家乐,改造空心村",
                [PlanSheet.Items] = "发展渔家乐 10 户\n修建机耕路 2 公里\n改造旧房 30 间",
            });
    }

    private async Task<(Dundian.Core.Campaigns.Campaign, List<string>, List<string>)> ChoicesAsync(StaffScope scope, int campaignId, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).SingleAsync(c => c.Id == campaignId, ct);
        var villages = await ImportVillages.LabelsAsync(db, ProjectAccess.Paths(scope), campaign.OrgUnit!.Path, ct);
        var groups = await db.ResearchGroups.AsNoTracking().Where(g => g.CampaignId == campaignId).OrderBy(g => g.SortOrder).ThenBy(g => g.Id)
            .Select(g => g.Name).ToListAsync(ct);
        return (campaign, villages, groups);
    }
}
