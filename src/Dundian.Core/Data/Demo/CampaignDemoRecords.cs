using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.FieldWork;
using F = Dundian.Core.Data.Demo.CampaignDemoFigures;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// Field logs, notes, reports and the household register of the demo county campaign. The 36 county-level
/// leaders (each group's leader and second) do the stays; their days and every count are spread over the logs
/// with <see cref="Apportion"/>, so the totals are exactly the seed's while no two records look alike.
/// </summary>
internal static class CampaignDemoRecords
{
    private const int MaxStayDays = 3;   // a stay is one to three days; longer presence is several stays
    private const int WeeksBetweenStays = 2;

    public static void AddFieldWork(DundianDbContext db, HtmlCleaner cleaner, Campaign campaign, List<CampaignDemoGroup> groups)
    {
        var loggers = groups.SelectMany(g => new[] { (Group: g, Person: g.Leader, Lead: true), (Group: g, Person: g.Second, Lead: false) }).ToList();
        var days = Apportion.Split(F.StationedDays, loggers.Select(l => l.Lead ? 7 : 5).ToList());
        var logs = new List<FieldLog>();
        for (var p = 0; p < loggers.Count; p++)
        {
            var (group, person, lead) = loggers[p];
            var offset = lead ? group.Index % 4 : 2 + group.Index % 5; // 周江勇 (p = 0) starts on 3月22日 itself
            var lengths = Apportion.Split(days[p], Enumerable.Repeat(1, (days[p] + MaxStayDays - 1) / MaxStayDays).ToList());
            for (var j = 0; j < lengths.Length; j++)
            {
                var start = campaign.StartDate.AddDays(offset + 7 * WeeksBetweenStays * j);
                logs.Add(new FieldLog
                {
                    Campaign = campaign, Participant = person, VillageId = group.LiaisonVillage.Id,
                    VillagePath = group.LiaisonVillage.Path, StartDate = start, EndDate = start.AddDays(lengths[j] - 1),
                    CreatedAt = ChinaTime.ToUtc(start.AddDays(lengths[j] - 1).ToDateTime(new TimeOnly(18, 0))),
                });
            }
        }
        SpreadCounts(logs, featured: [logs[0], logs.First(l => l.Participant == groups[1].Leader)]);
        logs[0].Location = "东门渔村渔民家中";
        logs[0].Notes = "上渔船,访渔民,住渔家;开展社会主义新渔村建设形势任务宣讲,协调落实“渔家乐”项目。";
        var li = logs.First(l => l.Participant == groups[1].Leader);
        li.Notes = "召开民情恳谈会,推进“空心村”改造。";
        db.FieldLogs.AddRange(logs);
        AddHouseholds(db, groups, logs[0], li);
        CampaignDemoWritings.Add(db, cleaner, campaign, groups, loggers.Select(l => (l.Group, l.Person)).ToList(), logs);
    }

    /// <summary>Spreads each seed total over the logs, weighted by stay length and a fixed per-figure variation.</summary>
    private static void SpreadCounts(List<FieldLog> logs, FieldLog[] featured)
    {
        int[] Spread(int total, int salt) => Apportion.Split(total, logs.Select((l, i) =>
            l.Days * Apportion.Varied(i, salt) * (featured.Contains(l) ? 3 : 1)).ToList());

        var households = Spread(F.HouseholdsVisited, 1);
        var symposiums = Spread(F.Symposiums, 2);
        var talks = Spread(F.Talks, 3);
        var consoled = Spread(F.ConsolationHouseholds, 4);
        var policy = Spread(F.PolicyTalks, 5);
        var dialogue = Spread(F.DialogueParticipants, 6);
        var solved = Spread(F.ProblemsSolved, 7);
        // Money goes only to stays that consoled someone, in hundreds of yuan, in proportion to households consoled.
        var hundreds = Apportion.Split(F.ConsolationYuan / 100, consoled);
        for (var i = 0; i < logs.Count; i++)
        {
            var l = logs[i];
            l.HouseholdsVisited = households[i];
            l.Symposiums = symposiums[i];
            l.SymposiumAttendees = symposiums[i] * (10 + i % 9);
            l.Talks = talks[i];
            l.ConsolationHouseholds = consoled[i];
            l.ConsolationAmountYuan = hundreds[i] * 100m;
            l.PolicyTalks = policy[i];
            l.DialogueParticipants = dialogue[i];
            l.ProblemsSolvedOnSpot = solved[i];
        }
    }

    /// <summary>A few register entries in the two villages the seed names, linked to the featured stays.</summary>
    private static void AddHouseholds(DundianDbContext db, List<CampaignDemoGroup> groups, FieldLog zhou, FieldLog li)
    {
        (string Name, string Situation)[] entries =
        [
            ("王某某", "渔船老旧,家中老人常年患病"), ("陈某某", "丧失劳动能力的老渔民,独居"), ("林某某", "因灾致困,子女在读"),
            ("张某某", "宅基地闲置,房屋年久失修"), ("李某某", "低保户,独居老人"), ("吴某某", "残疾人家庭"),
        ];
        for (var i = 0; i < entries.Length; i++)
        {
            var log = i < 3 ? zhou : li;
            var village = i < 3 ? groups[0].LiaisonVillage : groups[1].LiaisonVillage;
            var household = new Household
            {
                VillageId = village.Id, HeadName = entries[i].Name, Phone = $"1380574{1000 + i * 37}",
                Situation = entries[i].Situation, HelpGiven = i % 2 == 0 ? "上门慰问,送去慰问金" : "帮助联系有关部门解决",
                CreatedAt = log.CreatedAt,
            };
            db.Households.Add(household);
            log.HouseholdVisits.Add(new HouseholdVisit { Household = household, Consoled = i % 2 == 0 && log.ConsolationHouseholds > 0 });
        }
    }
}
