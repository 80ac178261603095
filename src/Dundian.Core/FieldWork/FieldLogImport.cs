using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Imports;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.FieldWork;

/// <summary>
/// Imports a campaign's field logs from a sheet, all or nothing. Every row is checked first with the same rules as
/// the 「登记蹲点」 form (dates in the campaign, village in the person's group's liaison list for the dates, no
/// negative counts, the actor's right to record) and all problems are returned by Excel row; only then is each row
/// recorded through <see cref="FieldLogService.RecordAsync"/> in one transaction, so totals, monthly totals and the
/// audit trail follow exactly as for a typed log. The natural key of a stay is person + village + start + end date:
/// a row whose stay is already recorded is skipped, so importing the same file twice creates nothing twice. The
/// cells are read and the batch written by the shared import pieces (<see cref="RowReader"/>, <see cref="ImportKeys{TKey}"/>,
/// <see cref="ImportBatch"/>), like every other import.
/// </summary>
public class FieldLogImport(DundianDbContext db, FieldLogService fieldLogs)
{
    public async Task<ImportResult> ImportAsync(StaffActor actor, int campaignId, IReadOnlyList<ImportRow> rows, CancellationToken ct = default)
    {
        var data = ImportBatch.Filled(rows);
        if (data.Count == 0) return ImportResult.Failed(["工作簿中没有蹲点日志数据。"]);

        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId, ct);
        var people = await db.Participants.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Include(p => p.Group).ThenInclude(g => g!.Leader)
            .Include(p => p.Group).ThenInclude(g => g!.LiaisonVillages).ThenInclude(l => l.Village)
            .AsSplitQuery().ToListAsync(ct);
        foreach (var p in people) p.Campaign = campaign;
        var keys = new ImportKeys<(int, int, DateOnly, DateOnly)>((await db.FieldLogs.AsNoTracking().Where(l => l.CampaignId == campaignId)
            .Select(l => new { l.ParticipantId, l.VillageId, l.StartDate, l.EndDate }).ToListAsync(ct))
            .Select(l => (l.ParticipantId, l.VillageId, l.StartDate, l.EndDate)));

        var problems = new List<string>();
        var toRecord = new List<(int Row, FieldLogInput Input)>();
        foreach (var row in data)
        {
            var r = new RowReader(row, problems);
            var start = r.Date(FieldLogSheet.Start);
            var end = r.Date(FieldLogSheet.End);
            var person = Person(r, people);
            OrgUnit? village = null;
            var villageName = r[FieldLogSheet.Village];
            if (villageName is null) r.Problem("村(社区)为空。");
            else if (person?.Group is { } group)
            {
                village = group.LiaisonVillages.Select(l => l.Village!).FirstOrDefault(v => v.Name == villageName);
                if (village is null) r.Problem($"“{villageName}”不在{person.Name}所在的{group.Name}的联系村名单中。");
            }
            var counts = FieldLogSheet.Counts.Select(h => r.Whole(h)).ToList();
            var money = r.Yuan(FieldLogSheet.Consolation) ?? 0;
            r.Text(FieldLogSheet.Location, 100);
            r.Text(FieldLogSheet.Notes, 500);
            if (r.Failed || person is null || village is null || start is null || end is null) continue;

            var input = new FieldLogInput
            {
                ParticipantId = person.Id, VillageId = village.Id, StartDate = start.Value, EndDate = end.Value,
                HouseholdsVisited = counts[0], Symposiums = counts[1], SymposiumAttendees = counts[2], Talks = counts[3],
                ConsolationHouseholds = counts[4], PolicyTalks = counts[5], DialogueParticipants = counts[6],
                ProblemsSolvedOnSpot = counts[7], ConsolationAmountYuan = money,
                Location = r[FieldLogSheet.Location], Notes = r[FieldLogSheet.Notes],
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
                r.Problem(e.Message + "。");
                continue;
            }
            if (keys.IsNew(r, (person.Id, village.Id, start.Value, end.Value), "次蹲点(人员、村、起止日期相同)")) toRecord.Add((row.Number, input));
        }
        if (problems.Count > 0) return ImportResult.Failed(problems);

        var at = 0;
        try
        {
            return await ImportBatch.WriteAsync(db, "批量导入蹲点日志", nameof(FieldLog), toRecord.Count, keys.Skipped, async () =>
            {
                foreach (var (number, input) in toRecord)
                {
                    at = number;
                    await fieldLogs.RecordAsync(actor, input, ct);
                    // Saved (inside the batch's transaction): let go of it, or every later save would scan every
                    // earlier row — quadratic, 66 rows/s at 2,000 rows (bench/Dundian.Bench --import).
                    db.ChangeTracker.Clear();
                }
            }, ct);
        }
        catch (ValidationException e)
        {
            // Checked above already; only a change made meanwhile by someone else gets here. Nothing stays.
            return ImportResult.Failed([$"第{at}行:{e.Message}。"]);
        }
    }

    private static Participant? Person(RowReader r, List<Participant> people)
    {
        var name = r[FieldLogSheet.Person];
        if (name is null) { r.Problem("人员为空。"); return null; }
        var named = people.Where(p => p.Name == name).ToList();
        if (named.Count == 0) { r.Problem($"“{name}”不是本活动的参加人员。"); return null; }
        if (named.Count > 1 && r[FieldLogSheet.Group] is { } groupName) named = named.Where(p => p.Group?.Name == groupName).ToList();
        if (named.Count != 1) { r.Problem($"本活动有多名“{name}”,请在“调研组”列填写其所在组以区分。"); return null; }
        if (named[0].Group is null) { r.Problem($"{name}尚未编入调研组,不能登记蹲点日志。"); return null; }
        return named[0];
    }
}
