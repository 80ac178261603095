using Dundian.Core.Campaigns;
using Dundian.Core.Content;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// Loads the seed's county-tier campaign (18 groups, 18 liaison villages, 126 participants, 18 topics) and its
/// records, then the 石浦镇 township-tier campaign beside it. Runs inside <see cref="DemoData"/>'s transaction.
/// </summary>
internal sealed class CampaignDemoData(DundianDbContext db, HtmlCleaner cleaner)
{
    public async Task LoadAsync(CancellationToken ct)
    {
        var units = await db.OrgUnits.ToListAsync(ct);
        var county = units.Single(u => u.Name == XiangshanOrgTree.County && u.Level == OrgLevel.County);
        var campaign = NewCampaign(county);
        db.Campaigns.Add(campaign);
        CampaignDemoDocuments.Add(db, cleaner, campaign);
        var groups = BuildGroups(campaign, units);
        await db.SaveChangesAsync(ct);
        // Leader and membership keys form a cycle EF cannot order in one save: members first, then leaders.
        foreach (var g in groups) g.Group.Leader = g.Leader;
        await db.SaveChangesAsync(ct);

        CampaignDemoRecords.AddFieldWork(db, cleaner, campaign, groups);
        CampaignDemoProjects.Add(db, campaign, groups);
        await db.SaveChangesAsync(ct);

        await TownshipDemoCampaign.LoadAsync(db, cleaner, units, ct);
    }

    private Campaign NewCampaign(OrgUnit county)
    {
        var campaign = new Campaign
        {
            Name = CampaignDemoText.Name, Theme = CampaignDemoText.Theme, Slogan = CampaignDemoText.Slogan,
            StartDate = CampaignDemoText.Start, EndDate = CampaignDemoText.End, Tier = CampaignTier.County,
            OrgUnitId = county.Id, Requirements = CampaignDemoText.Requirements,
        };
        campaign.SetDocuments(cleaner, CampaignDemoText.Notice, CampaignDemoText.ImplementationPlan, CampaignDemoText.ActivityPlan);
        var order = 0;
        foreach (var name in CampaignDemoText.Activities)
            campaign.Activities.Add(new CampaignActivity { Name = name, SortOrder = ++order });
        return campaign;
    }

    /// <summary>
    /// Group 1 is 周江勇's in 东门渔村 (石浦镇), group 2 李关定's in 桥头林村 (丹东街道), then one group per other
    /// town; each town's first village is its liaison village. Each group: a county leader as leader, a second
    /// county leader (or, in the last two groups, the court president / chief procurator) and five department heads.
    /// </summary>
    private List<CampaignDemoGroup> BuildGroups(Campaign campaign, List<OrgUnit> units)
    {
        var towns = XiangshanOrgTree.Towns.OrderBy(t => t.Town == "石浦镇" ? 0 : t.Town == "丹东街道" ? 1 : 2).ToList();
        var people = CampaignDemoPeople.County().Select(p => new Participant
        {
            Campaign = campaign, Name = p.Name, Title = p.Title, Unit = p.Unit, Category = p.Category,
        }).ToList();
        db.Participants.AddRange(people);

        var result = new List<CampaignDemoGroup>();
        for (var g = 0; g < towns.Count; g++)
        {
            var town = units.Single(u => u.Name == towns[g].Town && u.Level == OrgLevel.Town);
            var villages = towns[g].Villages.Select(v => units.Single(u => u.Name == v && u.ParentId == town.Id)).ToList();
            var leader = people[g];
            var second = people[towns.Count + g];
            var group = new ResearchGroup { Campaign = campaign, Name = $"第{g + 1}调研组", SortOrder = g + 1 };
            group.Members.AddRange([leader, second, .. people.Skip(2 * towns.Count + 5 * g).Take(5)]);
            group.LiaisonVillages.Add(new LiaisonVillage { VillageId = villages[0].Id, FromDate = campaign.StartDate, ToDate = campaign.EndDate });
            db.ResearchGroups.Add(group);

            var topic = new ResearchTopic
            {
                Campaign = campaign, Title = CampaignDemoText.Topics[g], Status = TopicStatus.InProgress,
                Summary = $"{group.Name}结合{villages[0].Name}实际开展调研。",
            };
            // The seed says 周江勇 and 李关定 chose their topics themselves; the other groups registered theirs.
            if (g < 2) topic.Participant = leader; else topic.Group = group;
            db.ResearchTopics.Add(topic);
            result.Add(new CampaignDemoGroup(g, group, town, villages[0], villages, leader, second, topic));
        }
        return result;
    }
}
