using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Campaigns;

/// <summary>
/// Imports participants into a campaign, all or nothing: every row is checked first and the problems of all rows
/// are returned together; only when there are none are the rows saved, in one transaction.
/// </summary>
public class ParticipantImport(DundianDbContext db)
{
    public async Task<ParticipantImportResult> ImportAsync(int campaignId, IReadOnlyList<ParticipantImportRow> rows, CancellationToken ct = default)
    {
        var problems = new List<string>();
        var data = rows.Where(r => !string.IsNullOrWhiteSpace(r.Name + r.Title + r.Unit + r.Category + r.Group)).ToList();
        if (data.Count == 0) return ParticipantImportResult.Failed(["工作簿中没有人员数据。"]);

        var groups = await db.ResearchGroups.Where(g => g.CampaignId == campaignId).ToListAsync(ct);
        var existing = (await db.Participants.Where(p => p.CampaignId == campaignId).Select(p => new { p.Name, p.Unit }).ToListAsync(ct))
            .Select(p => Key(p.Name, p.Unit)).ToHashSet();
        var seen = new Dictionary<string, int>();
        var people = new List<Participant>();
        foreach (var row in data)
        {
            var at = $"第{row.Number}行:";
            var name = row.Name?.Trim();
            var category = ParticipantSheet.ParseCategory(row.Category);
            ResearchGroup? group = null;
            if (string.IsNullOrEmpty(name)) problems.Add(at + "姓名为空。");
            if (category is null)
                problems.Add(at + (string.IsNullOrWhiteSpace(row.Category) ? "类别为空。" : $"类别“{row.Category}”不存在,应为{CategoryList()}之一。"));
            if (!string.IsNullOrWhiteSpace(row.Group))
            {
                group = groups.FirstOrDefault(g => g.Name == row.Group.Trim());
                if (group is null) problems.Add(at + $"调研组“{row.Group}”在本活动中不存在。");
            }
            foreach (var text in new[] { row.Name, row.Title, row.Unit })
                if (PlainTextInput.HasMarkup(text)) { problems.Add(at + "内容不能包含网页标记。"); break; }
            if (Too(name, 50) || Too(row.Title, 100) || Too(row.Unit, 100)) problems.Add(at + "姓名不超过50字,职务、单位不超过100字。");
            if (!string.IsNullOrEmpty(name))
            {
                var key = Key(name, row.Unit);
                if (existing.Contains(key)) problems.Add(at + $"{name}({row.Unit?.Trim()})已在本活动的人员名单中。");
                else if (seen.TryGetValue(key, out var first)) problems.Add(at + $"与第{first}行重复({name})。");
                else seen[key] = row.Number;
            }
            if (name is { Length: > 0 } && category is { } c)
                people.Add(new Participant
                {
                    CampaignId = campaignId, Name = name, Title = Blank(row.Title), Unit = Blank(row.Unit), Category = c, GroupId = group?.Id,
                });
        }
        if (problems.Count > 0) return ParticipantImportResult.Failed(problems);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Participants.AddRange(people);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ParticipantImportResult.Saved(people.Count);
    }

    private static string Key(string name, string? unit) => name.Trim() + "\u001f" + (unit ?? "").Trim();
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    private static bool Too(string? s, int max) => s is not null && s.Trim().Length > max;
    private static string CategoryList() =>
        string.Join("、", Enum.GetValues<ParticipantCategory>().Select(Participant.CategoryName));
}
