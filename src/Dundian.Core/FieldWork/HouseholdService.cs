using Dundian.Core.Accounts;
using Dundian.Core.Auditing;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.FieldWork;

/// <summary>
/// The 困难户 / 民情台账 register: who sees which household and whether in full (<see cref="HouseholdReach"/>),
/// entering and correcting households, and their visit history. Personal data leaves this class masked unless the
/// viewer's scope covers the household's village. Every check runs before anything is saved.
/// </summary>
public class HouseholdService(DundianDbContext db, FieldLogService fieldLogs, FieldLogCorrections corrections, TimeProvider clock)
{
    public static readonly StaffRole[] Roles = [StaffRole.Cadre, StaffRole.GroupLead, StaffRole.CampaignOffice, StaffRole.SystemAdmin];
    private static readonly StaffRole[] OfficeRoles = [StaffRole.CampaignOffice, StaffRole.SystemAdmin];

    public static bool MayUse(StaffScope scope) => Roles.Any(scope.Has);

    public async Task<HouseholdReach> ReachAsync(StaffActor actor, CancellationToken ct = default)
    {
        var own = new List<int>();
        if (actor.Scope.Has(StaffRole.Cadre) || actor.Scope.Has(StaffRole.GroupLead))
        {
            var userId = actor.UserId;
            own = await db.LiaisonVillages.AsNoTracking()
                .Where(l => l.Group!.Members.Any(m => m.UserId == userId) || l.Group.Leader!.UserId == userId)
                .Select(l => l.VillageId).Distinct().ToListAsync(ct);
        }
        return new HouseholdReach(actor.Scope.PathsFor(Roles), actor.Scope.PathsFor(OfficeRoles), own);
    }

    public IQueryable<Household> VisibleTo(HouseholdReach reach)
    {
        var own = reach.OwnVillageIds.ToList();
        var visible = QueryPredicates.Or(QueryPredicates.StartsWithAny<Household>(h => h.Village!.Path, reach.ListPaths),
            h => own.Contains(h.VillageId));
        return db.Households.Where(visible);
    }

    /// <summary>One page of the register, by village then name, with the total count.</summary>
    public async Task<(int Total, List<HouseholdRow> Rows)> ListAsync(HouseholdReach reach, int? villageId, HardshipKind? kind,
        int page, int pageSize, CancellationToken ct = default)
    {
        var query = VisibleTo(reach).AsNoTracking();
        if (villageId is { } v) query = query.Where(h => h.VillageId == v);
        if (kind is { } k) query = query.Where(h => h.Kind == k);
        var total = await query.CountAsync(ct);
        var rows = await Project(query.OrderBy(h => h.Village!.Path).ThenBy(h => h.HeadName).ThenBy(h => h.Id)
            .Skip((page - 1) * pageSize).Take(pageSize), ct);
        return (total, rows.Select(r => Show(r, reach)).ToList());
    }

    /// <summary>The whole filtered register in the list's order, masked as the list is, read row by row (the Excel export).</summary>
    public async IAsyncEnumerable<HouseholdRow> StreamAsync(HouseholdReach reach, int? villageId, HardshipKind? kind,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var query = VisibleTo(reach).AsNoTracking();
        if (villageId is { } v) query = query.Where(h => h.VillageId == v);
        if (kind is { } k) query = query.Where(h => h.Kind == k);
        await foreach (var p in Projection(query.OrderBy(h => h.Village!.Path).ThenBy(h => h.HeadName).ThenBy(h => h.Id)).AsAsyncEnumerable().WithCancellation(ct))
            yield return Show(p, reach);
    }

    /// <summary>The household as this viewer may see it, or (null, true) when it exists outside his reach.</summary>
    public async Task<(HouseholdRow? Row, bool Found)> FindAsync(HouseholdReach reach, int id, CancellationToken ct = default)
    {
        if (!await db.Households.AnyAsync(h => h.Id == id, ct)) return (null, false);
        var rows = await Project(VisibleTo(reach).AsNoTracking().Where(h => h.Id == id), ct);
        return rows.Count == 0 ? (null, true) : (Show(rows[0], reach), true);
    }

    public async Task<List<HouseholdVisitRow>> VisitsAsync(int householdId, CancellationToken ct = default)
    {
        var visits = await db.HouseholdVisits.AsNoTracking().Where(v => v.HouseholdId == householdId)
            .Select(v => new
            {
                v.Id, v.VisitedOn, v.Visitors, v.Notes, v.ConsolationAmountFen, v.Consoled, v.FieldLogId,
                LogStart = (DateOnly?)v.FieldLog!.StartDate, LogEnd = (DateOnly?)v.FieldLog.EndDate, LogPerson = v.FieldLog.Participant!.Name,
            })
            .ToListAsync(ct);
        return visits
            .Select(v => new HouseholdVisitRow(v.Id, v.VisitedOn ?? v.LogStart, v.Visitors ?? v.LogPerson, v.Notes,
                Money.ToYuan(v.ConsolationAmountFen), v.Consoled, v.FieldLogId,
                v.FieldLogId is null ? null : $"{v.LogPerson} {v.LogStart:yyyy-MM-dd}" + (v.LogEnd != v.LogStart ? $" 至 {v.LogEnd:yyyy-MM-dd}" : "")))
            .OrderByDescending(v => v.On).ThenByDescending(v => v.Id).ToList();
    }

    /// <summary>Villages under the viewer's reach (for the filter), or only those he sees in full (for the form).</summary>
    public async Task<List<OrgUnit>> VillagesAsync(HouseholdReach reach, bool fullOnly, CancellationToken ct = default)
    {
        var paths = fullOnly ? reach.OfficePaths : reach.ListPaths;
        var own = reach.OwnVillageIds.ToList();
        var visible = QueryPredicates.Or(QueryPredicates.StartsWithAny<OrgUnit>(u => u.Path, paths), u => own.Contains(u.Id));
        return await db.OrgUnits.AsNoTracking().Where(u => u.Level == OrgLevel.Village).Where(visible)
            .OrderBy(u => u.Path).ToListAsync(ct);
    }

    public async Task<Household> CreateAsync(HouseholdReach reach, HouseholdInput input, CancellationToken ct = default)
    {
        var village = await VillageInReachAsync(reach, input.VillageId, ct);
        var household = new Household { HeadName = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(household, village, input);
        db.Households.Add(household);
        await db.SaveChangesAsync(ct);
        return household;
    }

    public async Task UpdateAsync(HouseholdReach reach, int id, HouseholdInput input, CancellationToken ct = default)
    {
        var household = await TrackedInReachAsync(reach, id, ct);
        var village = await VillageInReachAsync(reach, input.VillageId, ct);
        Apply(household, village, input);
        household.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public async Task<HouseholdVisit> AddVisitAsync(StaffActor actor, HouseholdReach reach, int householdId, HouseholdVisitInput input,
        CancellationToken ct = default)
    {
        var household = await TrackedInReachAsync(reach, householdId, ct);
        Retirement.RequireActive(household, "Id", $"困难户“{household.HeadName}”", "移出台账");
        var amount = input.ConsolationAmountYuan ?? 0;
        if (amount < 0) throw new ValidationException(nameof(input.ConsolationAmountYuan), "慰问金不能为负数");
        if (amount != decimal.Round(amount, 2)) throw new ValidationException(nameof(input.ConsolationAmountYuan), "慰问金最多保留两位小数(精确到分)");
        if (amount > 1_000_000) throw new ValidationException(nameof(input.ConsolationAmountYuan), "慰问金数额过大,请核对");
        var notes = Text(input.Notes, 2000, nameof(input.Notes), "走访情况");
        var visitors = Text(input.Visitors, 200, nameof(input.Visitors), "走访人");
        var visit = new HouseholdVisit
        {
            HouseholdId = household.Id, Notes = notes, Visitors = visitors, ConsolationAmountFen = Money.ToFen(amount),
            Consoled = amount > 0, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByUserId = actor.UserId,
        };
        if (input.FieldLogId is { } logId) await LinkLogAsync(actor, household, visit, logId, input.VisitedOn, ct);
        else
        {
            visit.VisitedOn = input.VisitedOn ?? throw new ValidationException(nameof(input.VisitedOn), "请填写走访日期");
            if (visitors is null) throw new ValidationException(nameof(input.Visitors), "请填写走访人");
        }
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        if (visit.VisitedOn > today) throw new ValidationException(nameof(input.VisitedOn), "走访日期不能晚于今天");
        if (notes is null && amount == 0) throw new ValidationException(nameof(input.Notes), "请填写走访情况");
        db.HouseholdVisits.Add(visit);
        await db.SaveChangesAsync(ct);
        return visit;
    }

    public const string RetiredAction = "HouseholdRetired", VisitDeletedAction = "HouseholdVisitDeleted";

    /// <summary>
    /// 移出台账 (脱困, 迁出…): the household stays with its visits for history but leaves the register's default list
    /// and takes no new visits. Only those who may change it (office grant or own liaison village).
    /// </summary>
    public async Task RetireAsync(HouseholdReach reach, int id, string? reason, CancellationToken ct = default)
    {
        var household = await TrackedInReachAsync(reach, id, ct);
        household.Retire(reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveWithReasonAsync(RetiredAction, nameof(Household), Key(id), household.RetireReason!, ct);
    }

    /// <summary>
    /// Deletes a mistaken visit, with a reason. A register-only visit was never counted, so no figure moves. A visit
    /// made during a stay was one of the households that stay's log counted (a log never links more visits than its
    /// 走访农户), so the log's 走访农户 goes down by one with it — in the same save, under the same rule as correcting
    /// that log (<see cref="FieldLogCorrections.WhyNot(StaffActor, FieldLog, int)"/>): the 走访农户 figure moves by exactly one.
    /// </summary>
    public async Task DeleteVisitAsync(StaffActor actor, HouseholdReach reach, long visitId, string? reason, int correctionDays,
        CancellationToken ct = default)
    {
        var visit = await db.HouseholdVisits.FirstOrDefaultAsync(v => v.Id == visitId, ct)
            ?? throw new ValidationException("Id", "该走访记录不存在");
        await TrackedInReachAsync(reach, visit.HouseholdId, ct);
        var why = RemovalReason.Require(reason, "删除");
        if (visit.FieldLogId is { } logId)
        {
            var log = await corrections.LoadAsync(logId, ct) ?? throw new ValidationException("Id", "该走访所属的蹲点日志不存在");
            if (corrections.WhyNot(actor, log, correctionDays) is { } no)
                throw new ValidationException("Reason", "该走访记在蹲点日志中,删除会同时更正日志的走访农户数:" + no);
            log.HouseholdsVisited = Math.Max(0, log.HouseholdsVisited - 1);
        }
        db.HouseholdVisits.Remove(visit);
        await db.SaveWithReasonAsync(VisitDeletedAction, nameof(HouseholdVisit), Key(visitId), why, ct);
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Field logs the viewer may see in the household's village, newest first (offered for linking a visit).</summary>
    public async Task<List<(long Id, string Label)>> LogChoicesAsync(StaffActor actor, int villageId, CancellationToken ct = default)
    {
        var logs = await fieldLogs.VisibleTo(actor).AsNoTracking().Where(l => l.VillageId == villageId)
            .OrderByDescending(l => l.StartDate).ThenByDescending(l => l.Id).Take(50)
            .Select(l => new { l.Id, Person = l.Participant!.Name, l.StartDate, l.EndDate }).ToListAsync(ct);
        return logs.Select(l => (l.Id, $"{l.Person} {l.StartDate:yyyy-MM-dd}" + (l.EndDate != l.StartDate ? $" 至 {l.EndDate:yyyy-MM-dd}" : ""))).ToList();
    }

    private async Task LinkLogAsync(StaffActor actor, Household household, HouseholdVisit visit, long logId, DateOnly? on, CancellationToken ct)
    {
        var log = await fieldLogs.VisibleTo(actor).Include(l => l.Participant).FirstOrDefaultAsync(l => l.Id == logId, ct);
        if (log is null || log.VillageId != household.VillageId)
            throw new ValidationException(nameof(HouseholdVisitInput.FieldLogId), "所选蹲点日志不是在该户所在村的蹲点");
        if (await db.HouseholdVisits.AnyAsync(v => v.FieldLogId == logId && v.HouseholdId == household.Id, ct))
            throw new ValidationException(nameof(HouseholdVisitInput.FieldLogId), "该次蹲点已记录过对这户的走访");
        if (await db.HouseholdVisits.CountAsync(v => v.FieldLogId == logId, ct) >= log.HouseholdsVisited)
            throw new ValidationException(nameof(HouseholdVisitInput.FieldLogId), $"该次蹲点登记走访农户{log.HouseholdsVisited}户,已全部关联");
        var day = on ?? log.StartDate;
        if (day < log.StartDate || day > log.EndDate)
            throw new ValidationException(nameof(HouseholdVisitInput.VisitedOn), "走访日期须在该次蹲点的起止日期内");
        visit.FieldLogId = log.Id;
        visit.VisitedOn = day;
        visit.Visitors ??= log.Participant!.Name;
    }

    private async Task<Household> TrackedInReachAsync(HouseholdReach reach, int id, CancellationToken ct)
    {
        var household = await db.Households.Include(h => h.Village).FirstOrDefaultAsync(h => h.Id == id, ct)
            ?? throw new ValidationException("Id", "该困难户不存在");
        if (!reach.Full(household.VillageId, household.Village!.Path))
            throw new ValidationException("Id", "该户不在您的管理范围内,不能修改");
        return household;
    }

    private async Task<OrgUnit> VillageInReachAsync(HouseholdReach reach, int villageId, CancellationToken ct)
    {
        var village = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == villageId, ct);
        if (village is null || village.Level != OrgLevel.Village)
            throw new ValidationException(nameof(HouseholdInput.VillageId), "请选择户所在的村(社区)");
        if (!reach.Full(village.Id, village.Path))
            throw new ValidationException(nameof(HouseholdInput.VillageId), "该村不在您的管理范围内");
        return village;
    }

    internal static void Apply(Household h, OrgUnit village, HouseholdInput input)
    {
        var name = Text(input.HeadName, 50, nameof(input.HeadName), "户主姓名")
            ?? throw new ValidationException(nameof(input.HeadName), "请填写户主姓名");
        var phone = Text(input.Phone, 30, nameof(input.Phone), "联系电话");
        if (phone is not null && (phone.Any(c => !char.IsAsciiDigit(c) && c is not ('-' or ' ')) || phone.Count(char.IsAsciiDigit) is < 7 or > 20))
            throw new ValidationException(nameof(input.Phone), "联系电话格式不正确(只能填写数字和“-”)");
        var id = Text(input.IdNumber, 18, nameof(input.IdNumber), "身份证号")?.ToUpperInvariant();
        if (id is not null && !(id.Length == 18 && id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] == 'X')))
            throw new ValidationException(nameof(input.IdNumber), "身份证号应为 18 位(最后一位可为 X)");
        if (!Enum.IsDefined(input.Kind)) throw new ValidationException(nameof(input.Kind), "请选择困难类型");
        h.HeadName = name;
        h.Phone = phone;
        h.IdNumber = id;
        h.Kind = input.Kind;
        h.Situation = Text(input.Situation, 2000, nameof(input.Situation), "困难情况");
        h.HelpGiven = Text(input.HelpGiven, 2000, nameof(input.HelpGiven), "帮扶措施");
        h.VillageId = village.Id;
        h.Village = village;
    }

    private static string? Text(string? value, int max, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (text.Length > max) throw new ValidationException(field, $"{label}不能超过 {max} 字");
        if (PlainTextInput.HasMarkup(text)) throw new ValidationException(field, $"{label}不能包含网页代码");
        return text;
    }

    private static Task<List<Projected>> Project(IQueryable<Household> query, CancellationToken ct) => Projection(query).ToListAsync(ct);

    private static IQueryable<Projected> Projection(IQueryable<Household> query) => query
        .Select(h => new Projected(h.Id, h.VillageId, h.Village!.Name, h.Village.Path, h.HeadName, h.Phone, h.IdNumber, h.Kind,
            h.Situation, h.HelpGiven, h.Visits.Count,
            h.Visits.Max(v => v.VisitedOn ?? (DateOnly?)v.FieldLog!.StartDate), h.RetiredAt, h.RetireReason));

    private static HouseholdRow Show(Projected p, HouseholdReach reach)
    {
        var full = reach.Full(p.VillageId, p.VillagePath);
        return new HouseholdRow(p.Id, p.VillageId, p.Village,
            full ? p.HeadName : PersonalDataMask.Name(p.HeadName),
            full ? p.Phone ?? "" : PersonalDataMask.Phone(p.Phone),
            full ? p.IdNumber ?? "" : PersonalDataMask.IdNumber(p.IdNumber),
            p.Kind, p.Situation, p.HelpGiven, p.Visits, p.LastVisit, full, p.RetiredAt, p.RetireReason);
    }

    private sealed record Projected(int Id, int VillageId, string Village, string VillagePath, string HeadName, string? Phone,
        string? IdNumber, HardshipKind Kind, string? Situation, string? HelpGiven, int Visits, DateOnly? LastVisit,
        DateTime? RetiredAt, string? RetireReason);
}
