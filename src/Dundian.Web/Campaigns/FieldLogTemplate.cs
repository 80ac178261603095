using System.Globalization;
using Dundian.Core.FieldWork;
using Dundian.Core.Data;
using Dundian.Documents;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Campaigns;

/// <summary>
/// The field-log import template of one campaign: the export's columns, drop-downs of the campaign's people (with a
/// group), its groups and the villages of its liaison lists, number checks on the counts, and a 「填写示例」 sheet
/// with one filled row made from the campaign's own first person and one of his group's villages.
/// </summary>
public class FieldLogTemplate(DundianDbContext db)
{
    public async Task<byte[]> BuildAsync(int campaignId, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId, ct);
        var people = await db.Participants.AsNoTracking().Where(p => p.CampaignId == campaignId && p.GroupId != null)
            .OrderBy(p => p.Group!.SortOrder).ThenBy(p => p.Id).Select(p => new { p.Name, Group = p.Group!.Name }).ToListAsync(ct);
        var groups = await db.ResearchGroups.AsNoTracking().Where(g => g.CampaignId == campaignId)
            .OrderBy(g => g.SortOrder).ThenBy(g => g.Id)
            .Select(g => new { g.Name, Villages = g.LiaisonVillages.OrderBy(l => l.FromDate).Select(l => l.Village!.Name).ToList() })
            .ToListAsync(ct);
        var headers = FieldLogSheet.Headers;
        var rules = new List<XlsxColumnRule>
        {
            new(Index(FieldLogSheet.Person), XlsxColumnKind.List, people.Select(p => p.Name).Distinct().ToList()),
            new(Index(FieldLogSheet.Group), XlsxColumnKind.List, groups.Select(g => g.Name).Distinct().ToList()),
            new(Index(FieldLogSheet.Village), XlsxColumnKind.List, groups.SelectMany(g => g.Villages).Distinct().ToList()),
            new(Index(FieldLogSheet.Start), XlsxColumnKind.Date), new(Index(FieldLogSheet.End), XlsxColumnKind.Date),
            new(Index(FieldLogSheet.Consolation), XlsxColumnKind.DecimalNotNegative),
        };
        rules.AddRange(FieldLogSheet.Counts.Select(h => new XlsxColumnRule(Index(h), XlsxColumnKind.WholeNotNegative)));

        var first = people.FirstOrDefault();
        var village = groups.FirstOrDefault(g => g.Name == first?.Group)?.Villages.FirstOrDefault();
        var day = campaign.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = campaign.StartDate.AddDays(2) <= campaign.EndDate ? campaign.StartDate.AddDays(2) : campaign.EndDate;
        IReadOnlyList<object?> example = [day, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end.DayNumber - campaign.StartDate.DayNumber + 1,
            first?.Name ?? "张三", first?.Group ?? "第一组", village ?? "某某村", 12, 1, 15, 8, 2, 1000, 1, 20, 2, "村委会", "示例:这一行只作填写参考,请在“蹲点日志”表中填写"];
        return XlsxTemplate.ToBytes(new XlsxSheet("蹲点日志", headers, []), rules, new XlsxSheet("填写示例", headers, [example]));

        static int Index(string header) => FieldLogSheet.Headers.ToList().IndexOf(header);
    }
}
