using System.Globalization;
using Dundian.Core.Campaigns;
using Dundian.Core.Data;
using Dundian.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Campaigns;

/// <summary>The campaign's tables as .xlsx sheets: participants (same headers as the import template), groups with
/// their liaison villages, and the field-log list.</summary>
public class CampaignWorkbooks(DundianDbContext db)
{
    public static XlsxSheet Template() => new("参加人员", ParticipantSheet.Headers, []);

    public async Task<XlsxSheet> ParticipantsAsync(int campaignId, CancellationToken ct)
    {
        var people = await db.Participants.AsNoTracking().Include(p => p.Group).Where(p => p.CampaignId == campaignId)
            .OrderBy(p => p.Category).ThenBy(p => p.Id).ToListAsync(ct);
        return new XlsxSheet("参加人员", ParticipantSheet.Headers, people.Select(ParticipantSheet.Row).ToList());
    }

    public async Task<XlsxSheet> GroupsAsync(int campaignId, CancellationToken ct)
    {
        var groups = await db.ResearchGroups.AsNoTracking().Include(g => g.Leader)
            .Include(g => g.LiaisonVillages).ThenInclude(l => l.Village).ThenInclude(v => v!.Parent)
            .Where(g => g.CampaignId == campaignId).OrderBy(g => g.SortOrder).ThenBy(g => g.Id).AsSplitQuery().ToListAsync(ct);
        var members = await db.Participants.Where(p => p.CampaignId == campaignId && p.GroupId != null)
            .GroupBy(p => p.GroupId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var g in groups)
        {
            var count = members.GetValueOrDefault(g.Id);
            if (g.LiaisonVillages.Count == 0) rows.Add([g.Name, g.Leader?.Name, count, null, null, null, null]);
            foreach (var l in g.LiaisonVillages.OrderBy(l => l.FromDate))
                rows.Add([g.Name, g.Leader?.Name, count, l.Village?.Parent?.Name, l.Village?.Name, Day(l.FromDate), l.ToDate is { } to ? Day(to) : null]);
        }
        return new XlsxSheet("调研组与联系村", ["调研组", "组长", "成员数", "镇乡(街道)", "联系村", "联系开始", "联系结束"], rows);
    }

    public async Task<XlsxSheet> FieldLogsAsync(int campaignId, CancellationToken ct)
    {
        var logs = await db.FieldLogs.AsNoTracking().Where(l => l.CampaignId == campaignId)
            .OrderBy(l => l.StartDate).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.StartDate, l.EndDate, Person = l.Participant!.Name, Group = l.Participant.Group!.Name, Village = l.Village!.Name,
                l.HouseholdsVisited, l.Symposiums, l.SymposiumAttendees, l.Talks, l.ConsolationHouseholds, l.ConsolationAmountFen,
                l.PolicyTalks, l.DialogueParticipants, l.ProblemsSolvedOnSpot, l.Location, l.Notes,
            }).ToListAsync(ct);
        var rows = logs.Select(l => (IReadOnlyList<object?>)[
            Day(l.StartDate), Day(l.EndDate), l.EndDate.DayNumber - l.StartDate.DayNumber + 1, l.Person, l.Group, l.Village,
            l.HouseholdsVisited, l.Symposiums, l.SymposiumAttendees, l.Talks, l.ConsolationHouseholds, l.ConsolationAmountFen / 100m,
            l.PolicyTalks, l.DialogueParticipants, l.ProblemsSolvedOnSpot, l.Location, l.Notes]).ToList();
        return new XlsxSheet("蹲点日志", ["开始日期", "结束日期", "天数", "人员", "调研组", "村(社区)", "走访农户(户)", "座谈会(次)",
            "座谈人数", "谈心(人次)", "慰问困难户(户)", "慰问金(元)", "主题宣讲(次)", "恳谈(人次)", "当场解决问题(个)", "地点", "备注"], rows);
    }

    /// <summary>Dates as text (yyyy-MM-dd): unambiguous in every spreadsheet program and locale.</summary>
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
