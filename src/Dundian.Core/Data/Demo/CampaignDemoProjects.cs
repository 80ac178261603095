using Dundian.Core.Campaigns;
using Dundian.Core.Projects;
using F = Dundian.Core.Data.Demo.CampaignDemoFigures;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// Practical projects (187 落实, funds 1086 万元) and development plans (406) of the demo county campaign, spread
/// over the groups and the villages of each group's town (联镇带村), plus five projects still only planned,
/// which the figures must not count.
/// </summary>
internal static class CampaignDemoProjects
{
    private const int FundUnitYuan = 1000; // funds are spread in thousands of yuan

    public static void Add(DundianDbContext db, Campaign campaign, List<CampaignDemoGroup> groups)
    {
        var perGroup = Apportion.Split(F.PracticalProjects, groups.Select(g => Apportion.Varied(g.Index, 3, 2, 5)).ToList());
        var funds = Apportion.Split(F.ProjectFundsYuan / FundUnitYuan, Enumerable.Range(0, F.PracticalProjects).Select(i => Apportion.Varied(i, 5, 1, 9)).ToList());
        var i = 0;
        foreach (var group in groups)
            for (var j = 0; j < perGroup[group.Index]; j++, i++)
            {
                var village = group.TownVillages[j % group.TownVillages.Count];
                db.PracticalProjects.Add(new PracticalProject
                {
                    Campaign = campaign, VillageId = village.Id, VillagePath = village.Path, Group = group.Group,
                    Title = ProjectTitle(group, j, village.Name, i), FundsYuan = funds[i] * (decimal)FundUnitYuan,
                    Status = i % 3 == 0 ? ProjectStatus.Completed : ProjectStatus.Implemented,
                    ImplementedOn = campaign.StartDate.AddDays(3 + i * 7 % 44),
                });
            }
        foreach (var group in groups.Take(5))
            db.PracticalProjects.Add(new PracticalProject
            {
                Campaign = campaign, VillageId = group.LiaisonVillage.Id, VillagePath = group.LiaisonVillage.Path, Group = group.Group,
                Title = $"{group.LiaisonVillage.Name}便民服务点建设(计划中)", FundsYuan = 100_000m, Status = ProjectStatus.Planned,
            });

        var plansPerGroup = Apportion.Split(F.DevelopmentPlans, groups.Select(g => Apportion.Varied(g.Index, 4, 3, 4)).ToList());
        var k = 0;
        foreach (var group in groups)
            for (var j = 0; j < plansPerGroup[group.Index]; j++, k++)
            {
                var village = group.TownVillages[j % group.TownVillages.Count];
                var title = group.Index == 1 && j == 0 ? "桥头林村村庄规划修编"
                    : $"{village.Name}{CampaignDemoText.PlanKinds[k % CampaignDemoText.PlanKinds.Length]}";
                db.DevelopmentPlans.Add(new DevelopmentPlan
                {
                    Campaign = campaign, VillageId = village.Id, VillagePath = village.Path, Group = group.Group,
                    Title = title, AdoptedOn = campaign.StartDate.AddDays(5 + k * 5 % 40),
                });
            }
    }

    private static string ProjectTitle(CampaignDemoGroup group, int j, string village, int i) => (group.Index, j) switch
    {
        (0, 0) => "东门渔村“渔家乐”项目",
        (1, 0) => "桥头林村农民会所建设",
        (1, 1) => "桥头林村宅基地整理",
        _ => village + CampaignDemoText.ProjectKinds[i % CampaignDemoText.ProjectKinds.Length],
    };
}
