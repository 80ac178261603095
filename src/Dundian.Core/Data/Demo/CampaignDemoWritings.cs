using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.FieldWork;
using F = Dundian.Core.Data.Demo.CampaignDemoFigures;

namespace Dundian.Core.Data.Demo;

/// <summary>
/// Notes and reports of the demo county campaign: one field note by each of the 36 county-level leaders after
/// his first stay (the seed's 36 notes), one research report per group on its topic (18), plus three writings of
/// department heads still in draft or returned, which the figures must not count. All go through the state machine.
/// </summary>
internal static class CampaignDemoWritings
{
    public static void Add(DundianDbContext db, HtmlCleaner cleaner, Campaign campaign, List<CampaignDemoGroup> groups,
        List<(CampaignDemoGroup Group, Participant Person)> loggers, List<FieldLog> logs)
    {
        for (var p = 0; p < F.FieldNotes; p++)
        {
            var (group, person) = loggers[p];
            var firstStay = logs.First(l => l.Participant == person);
            var title = p == 0 ? "上渔船、访渔民、住渔家——东门渔村蹲点手记" : $"蹲点{group.LiaisonVillage.Name}手记";
            var note = New<FieldNote>(cleaner, campaign, person, group, title,
                $"<p>{firstStay.StartDate:M月d日}起在{group.LiaisonVillage.Name}蹲点,走访农户,听民声解民忧。</p>");
            var submitted = At(firstStay.EndDate.AddDays(1), 20);
            note.Submit(submitted);
            // All 36 are approved and published: the seed printed them in the anthology (《县级领导蹲点手记》).
            note.Approve(submitted.AddDays(1));
            note.Publish(submitted.AddDays(2));
            db.FieldNotes.Add(note);
        }

        for (var g = 0; g < F.ResearchReports; g++)
        {
            var group = groups[g];
            var report = New<ResearchReport>(cleaner, campaign, group.Leader, group, $"关于“{group.Topic.Title}”的调研报告",
                $"<p>{group.Group.Name}围绕“{group.Topic.Title}”在{group.LiaisonVillage.Name}开展蹲点调研,形成本报告。</p>");
            var submitted = At(new DateOnly(2007, 4, 25).AddDays(g % 12), 17);
            report.Submit(submitted);
            report.Approve(submitted.AddDays(1));
            if (g < 12) report.Publish(submitted.AddDays(2));
            db.ResearchReports.Add(report);
            group.Topic.Report = report;
            group.Topic.Status = TopicStatus.Concluded;
        }

        // Not counted: two drafts and one returned note of department heads of group 1.
        var heads = groups[0].Group.Members.Where(m => m.Category == ParticipantCategory.DepartmentHead).ToList();
        db.FieldNotes.Add(New<FieldNote>(cleaner, campaign, heads[0], groups[0], "渔村见闻(草稿)", "<p>待完善。</p>"));
        db.ResearchReports.Add(New<ResearchReport>(cleaner, campaign, heads[1], groups[0], "渔货市场秩序调研(草稿)", "<p>待完善。</p>"));
        var returned = New<FieldNote>(cleaner, campaign, heads[2], groups[0], "蹲点体会", "<p>内容较简略。</p>");
        returned.Submit(At(new DateOnly(2007, 4, 10), 21));
        returned.Return("请补充走访农户的具体情况");
        db.FieldNotes.Add(returned);
    }

    private static T New<T>(HtmlCleaner cleaner, Campaign campaign, Participant author, CampaignDemoGroup group, string title, string body)
        where T : ReviewedWriting, new()
    {
        var writing = new T
        {
            Campaign = campaign, Author = author, VillageId = group.LiaisonVillage.Id, VillagePath = group.LiaisonVillage.Path,
            CreatedAt = At(campaign.StartDate, 9),
        };
        writing.Edit(cleaner, title, body);
        return writing;
    }

    private static DateTime At(DateOnly day, int hour) => ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)));
}
