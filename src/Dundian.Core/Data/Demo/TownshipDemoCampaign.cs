using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.FieldWork;
using Dundian.Core.Org;
using Dundian.Core.Projects;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// 石浦镇's own township-tier campaign, run at the same time as the county's (县、镇乡两级): six town cadres in
/// two groups stationed in 番西村 and 沙塘湾村, with a few records. Filtered by campaign, none of them touch the
/// county campaign's figures; rolled up by 石浦镇 without a campaign filter, both campaigns count.
/// </summary>
internal static class TownshipDemoCampaign
{
    private static readonly string[] Titles = ["镇党委书记", "镇长", "镇党委副书记", "副镇长", "副镇长", "镇党委委员"];

    public static async Task LoadAsync(DundianDbContext db, HtmlCleaner cleaner, List<OrgUnit> units, CancellationToken ct)
    {
        var town = units.Single(u => u.Name == "石浦镇" && u.Level == OrgLevel.Town);
        var campaign = new Campaign
        {
            Name = "石浦镇班子成员蹲点调研活动", Theme = CampaignDemoText.Theme, Tier = CampaignTier.Township,
            StartDate = new DateOnly(2007, 3, 26), EndDate = new DateOnly(2007, 5, 31), OrgUnitId = town.Id,
            Requirements = "镇班子成员每人联系一个村,选择1-2个制约农村经济社会发展的突出矛盾问题进行调研。",
        };
        campaign.SetDocuments(cleaner, "<p>石浦镇关于开展班子成员蹲点调研活动的意见</p>", null, null);
        db.Campaigns.Add(campaign);

        var people = Titles.Select((t, i) => new Participant
        {
            Campaign = campaign, Name = CampaignDemoPeople.TownCadre(i), Title = t, Unit = "石浦镇",
            Category = ParticipantCategory.TownshipLeadership,
        }).ToList();
        string[] villageNames = ["番西村", "沙塘湾村"];
        var leaders = new List<(ResearchGroup, Participant)>();
        for (var g = 0; g < villageNames.Length; g++)
        {
            var village = units.Single(u => u.Name == villageNames[g] && u.ParentId == town.Id);
            var members = people.Skip(3 * g).Take(3).ToList();
            var group = new ResearchGroup { Campaign = campaign, Name = $"石浦镇第{g + 1}蹲点组", SortOrder = g + 1 };
            group.Members.AddRange(members);
            group.LiaisonVillages.Add(new LiaisonVillage { VillageId = village.Id, FromDate = campaign.StartDate });
            db.ResearchGroups.Add(group);
            db.ResearchTopics.Add(new ResearchTopic { Campaign = campaign, Title = g == 0 ? "渔民转产转业" : "村级财务规范管理", Participant = members[0] });
            AddRecords(db, cleaner, campaign, village, members, g);
            leaders.Add((group, members[0]));
        }
        await db.SaveChangesAsync(ct);
        // Members first, then leaders: the two keys form a cycle EF cannot order in one save.
        foreach (var (group, leader) in leaders) group.Leader = leader;
        await db.SaveChangesAsync(ct);
    }

    private static void AddRecords(DundianDbContext db, HtmlCleaner cleaner, Campaign campaign, OrgUnit village, List<Participant> members, int g)
    {
        for (var k = 0; k < 2; k++)
        {
            var start = campaign.StartDate.AddDays(3 + 10 * k + g);
            db.FieldLogs.Add(new FieldLog
            {
                Campaign = campaign, Participant = members[k], VillageId = village.Id, VillagePath = village.Path,
                StartDate = start, EndDate = start.AddDays(1), HouseholdsVisited = 6 + k, Symposiums = 1, SymposiumAttendees = 12,
                Talks = 9, ConsolationHouseholds = 2, ConsolationAmountYuan = 1000m, PolicyTalks = 1, DialogueParticipants = 15,
                ProblemsSolvedOnSpot = 1, CreatedAt = ChinaTime.ToUtc(start.AddDays(1).ToDateTime(new TimeOnly(18, 0))),
            });
        }
        var note = new FieldNote
        {
            Campaign = campaign, Author = members[0], VillageId = village.Id, VillagePath = village.Path,
            CreatedAt = ChinaTime.ToUtc(campaign.StartDate.AddDays(6).ToDateTime(new TimeOnly(9, 0))),
        };
        note.Edit(cleaner, $"{village.Name}蹲点手记", "<p>镇村联动,蹲点调研。</p>");
        note.Submit(note.CreatedAt.AddHours(10));
        db.FieldNotes.Add(note);
        db.PracticalProjects.Add(new PracticalProject
        {
            Campaign = campaign, VillageId = village.Id, VillagePath = village.Path, Title = $"{village.Name}路灯安装",
            FundsYuan = 50_000m, Status = ProjectStatus.Implemented, ImplementedOn = campaign.StartDate.AddDays(20 + g),
        });
        db.DevelopmentPlans.Add(new DevelopmentPlan
        {
            Campaign = campaign, VillageId = village.Id, VillagePath = village.Path, Title = $"{village.Name}产业发展计划",
            AdoptedOn = campaign.StartDate.AddDays(25 + g),
        });
    }
}
