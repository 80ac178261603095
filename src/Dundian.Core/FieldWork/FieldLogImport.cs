using System.Globalization;
using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.FieldWork;

/// <summary>
/// Imports a campaign's field logs from a sheet, all or nothing. Every row is checked first with the same rules as
/// the 「登记蹲点」 form (dates in the campaign, village in the person's group's liaison list for the dates, no
/// negative counts, the actor's right to record) and all problems are returned by Excel row; only then is each row
/// recorded through <see cref="FieldLogService.RecordAsync"/> in one transaction, so totals, monthly totals and the
/// audit trail follow exactly as for a typed log. The natural key of a stay is person + village + start + end date:
/// a row whose stay is already recorded is skipped, so importing the same file twice creates nothing twice.
/// </summary>
public class FieldLogImport(DundianDbContext db, FieldLogService fieldLogs)
{
    public async Task<FieldLogImportResult> ImportAsync(StaffActor actor, int campaignId, IReadOnlyList<FieldLogImportRow> rows, CancellationToken ct = default)
    {
        var data = rows.Where(r => r.Cells.Values.Any(v => !string.IsNullOrWhiteSpace(v))).ToList();
        if (data.Count == 0) return FieldLogImportResult.Failed(["工作簿中没有蹲点日志数据。"]);

        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId, ct);
        var people = await db.Participants.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Include(p => p.Group).ThenInclude(g => g!.Leader)
            .Include(p => p.Group).ThenInclude(g => g!.LiaisonVillages).ThenInclude(l => l.Village)
            .AsSplitQuery().ToListAsync(ct);
        foreach (var p in people) p.Campaign = campaign;
        var existing = (await db.FieldLogs.AsNoTracking().Where(l => l.CampaignId == campaignId)
            .Select(l => new { l.ParticipantId, l.VillageId, l.StartDate, l.EndDate }).ToListAsync(ct))
            .Select(l => (l.ParticipantId, l.VillageId, l.StartDate, l.EndDate)).ToHashSet();

        var problems = new List<string>();
        var seen = new Dictionary<(int, int, DateOnly, DateOnly), int>();
        var toRecord = new List<(int Row, FieldLogInput Input)>();
        var skipped = 0;
        foreach (var row in data)
        {
            var at = $"第{row.Number}行:";
            var before = problems.Count;
            var start = Date(row, FieldLogSheet.Start, at, problems);
            var end = Date(row, FieldLogSheet.End, at, problems);
            var person = Person(row, people, at, problems);
            OrgUnit? village = null;
            var villageName = row[FieldLogSheet.Village];
            if (villageName is null) problems.Add(at + "村(社区)为空。");
            else if (person?.Group is { } group)
            {
                village = group.LiaisonVillages.Select(l => l.Village!).FirstOrDefault(v => v.Name == villageName);
                if (village is null) problems.Add(at + $"“{villageName}”不在{person.Name}所在的{group.Name}的联系村名单中。");
            }
            var counts = FieldLogSheet.Counts.Select(h => Count(row, h, at, problems)).ToList();
            var money = Money(row, at, problems);
            foreach (var h in new[] { FieldLogSheet.Location, FieldLogSheet.Notes })
                if (PlainTextInput.HasMarkup(row[h])) problems.Add(at + $"{h}不能包含网页标记。");
            if (row[FieldLogSheet.Location]?.Length > 100 || row[FieldLogSheet.Notes]?.Length > 500)
                problems.Add(at + "地点不超过100字,备注不超过500字。");
            if (problems.Count > before || person is null || village is null || start is null || end is null) continue;

            var input = new FieldLogInput
            {
                ParticipantId = person.Id, VillageId = village.Id, StartDate = start.Value, EndDate = end.Value,
                HouseholdsVisited = counts[0], Symposiums = counts[1], SymposiumAttendees = counts[2], Talks = counts[3],
                ConsolationHouseholds = counts[4], PolicyTalks = counts[5], DialogueParticipants = counts[6],
                ProblemsSolvedOnSpot = counts[7], ConsolationAmountYuan = money,
                Location = row[FieldLogSheet.Location], Notes = row[FieldLogSheet.Notes],
            };
            try
            {
                FieldLogRules.CheckFigures(input);
                FieldLogService.CheckPlace(person, village, input);
                if (!FieldLogService.MayRecordFor(actor, person, village))
                    throw new ValidationException(nameof(input.ParticipantId), $"无权为{person.Name}登记蹲点日志");
            }
            catch (ValidationException e)
            {
                problems.Add(at + e.Message + "。");
                continue;
            }
            var key = (person.Id, village.Id, start.Value, end.Value);
            if (seen.TryGetValue(key, out var first)) { problems.Add(at + $"与第{first}行是同一次蹲点(人员、村、起止日期相同)。"); continue; }
            seen[key] = row.Number;
            if (existing.Contains(key)) { skipped++; continue; }
            toRecord.Add((row.Number, input));
        }
        if (problems.Count > 0) return FieldLogImportResult.Failed(problems);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (number, input) in toRecord)
        {
            try
            {
                await fieldLogs.RecordAsync(actor, input, ct);
            }
            catch (ValidationException e)
            {
                // Checked above already; only a change made meanwhile by someone else gets here. Nothing stays.
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return FieldLogImportResult.Failed([$"第{number}行:{e.Message}。"]);
            }
        }
        await tx.CommitAsync(ct);
        return new FieldLogImportResult(toRecord.Count, skipped, []);
    }

    private static Participant? Person(FieldLogImportRow row, List<Participant> people, string at, List<string> problems)
    {
        var name = row[FieldLogSheet.Person];
        if (name is null) { problems.Add(at + "人员为空。"); return null; }
        var named = people.Where(p => p.Name == name).ToList();
        if (named.Count == 0) { problems.Add(at + $"“{name}”不是本活动的参加人员。"); return null; }
        if (named.Count > 1 && row[FieldLogSheet.Group] is { } groupName) named = named.Where(p => p.Group?.Name == groupName).ToList();
        if (named.Count != 1) { problems.Add(at + $"本活动有多名“{name}”,请在“调研组”列填写其所在组以区分。"); return null; }
        if (named[0].Group is null) { problems.Add(at + $"{name}尚未编入调研组,不能登记蹲点日志。"); return null; }
        return named[0];
    }

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    private static DateOnly? Date(FieldLogImportRow row, string header, string at, List<string> problems)
    {
        var text = row[header];
        if (text is null) { problems.Add(at + $"{header}为空。"); return null; }
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        // A date cell in a custom format may reach us as Excel's serial number.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        problems.Add(at + $"{header}“{text}”不是有效日期,请按 2007-04-02 的格式填写。");
        return null;
    }

    private static int Count(FieldLogImportRow row, string header, string at, List<string> problems)
    {
        var text = row[header];
        if (text is null) return 0;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value != decimal.Truncate(value))
        {
            problems.Add(at + $"{header}“{text}”应为整数。");
            return 0;
        }
        if (value < 0) { problems.Add(at + $"{header}不能为负数。"); return 0; }
        if (value > 100000) { problems.Add(at + $"{header}“{text}”过大,请核对。"); return 0; }
        return (int)value;
    }

    private static decimal Money(FieldLogImportRow row, string at, List<string> problems)
    {
        var text = row[FieldLogSheet.Consolation];
        if (text is null) return 0;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(at + $"慰问金“{text}”应为数字(元)。");
            return 0;
        }
        if (value < 0) { problems.Add(at + "慰问金不能为负数。"); return 0; }
        if (value > 100_000_000m) { problems.Add(at + "慰问金过大,请核对。"); return 0; }
        return value;
    }
}
