using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.FieldWork;

/// <summary>
/// Correcting and deleting a field log, with a reason. Who: the cadre (or group lead) whose log it is, within
/// <c>correctionDays</c> of recording it, and an office (CampaignOffice or SystemAdmin) whose grant covers the village,
/// at any time. Each change saves once through EF, so the DbContext audits the row (old → new values) and
/// <see cref="Statistics.Totals.FieldLogTotalsInterceptor"/> recomputes the participant's totals in the same
/// transaction: every figure moves by exactly the difference at once. The reason is written as a named audit entry in
/// that transaction too. A refused change throws <see cref="ValidationException"/> and changes nothing.
/// </summary>
public class FieldLogCorrections(DundianDbContext db, TimeProvider clock)
{
    public const string CorrectedAction = "FieldLogCorrected", DeletedAction = "FieldLogDeleted";
    public const int MaxReason = 200;

    /// <summary>The log (tracked, with what the checks need), or null.</summary>
    public Task<FieldLog?> LoadAsync(long id, CancellationToken ct = default) =>
        db.FieldLogs.Include(l => l.Participant!).ThenInclude(p => p.Campaign)
            .Include(l => l.Participant!).ThenInclude(p => p.Group!).ThenInclude(g => g.LiaisonVillages).ThenInclude(v => v.Village)
            .Include(l => l.Village).Include(l => l.HouseholdVisits)
            .AsSplitQuery().FirstOrDefaultAsync(l => l.Id == id, ct);

    /// <summary>Null when <paramref name="actor"/> may correct or delete the log; otherwise why not, in Chinese.</summary>
    public string? WhyNot(StaffActor actor, FieldLog log, int correctionDays) =>
        WhyNot(actor, log.VillagePath, log.Participant?.UserId, log.CreatedAt, correctionDays);

    /// <summary>The same rule from the columns a list already has (the owner is the participant's account).</summary>
    public string? WhyNot(StaffActor actor, string villagePath, string? ownerUserId, DateTime createdAt, int correctionDays)
    {
        var scope = actor.Scope;
        if (scope.Covers(StaffRole.CampaignOffice, villagePath) || scope.Covers(StaffRole.SystemAdmin, villagePath)) return null;
        var own = ownerUserId is not null && ownerUserId == actor.UserId
                  && (scope.Has(StaffRole.Cadre) || scope.Has(StaffRole.GroupLead));
        if (!own) return "只能更正本人的蹲点日志;他人的日志请联系活动办公室更正。";
        var recorded = DateOnly.FromDateTime(ChinaTime.ToLocal(createdAt));
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        return today.DayNumber - recorded.DayNumber <= correctionDays ? null
            : $"登记已超过 {correctionDays} 天,本人不能再更正;如确需更正,请联系活动办公室。";
    }

    public async Task CorrectAsync(StaffActor actor, FieldLog log, FieldLogInput input, string? reason, int correctionDays, CancellationToken ct = default)
    {
        Allowed(actor, log, correctionDays);
        var why = Reason(reason);
        FieldLogRules.CheckFigures(input);
        var village = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == input.VillageId, ct);
        if (village is null || village.Level != OrgLevel.Village)
            throw new ValidationException(nameof(input.VillageId), "蹲点地点必须是一个村(社区)");
        FieldLogService.CheckPlace(log.Participant!, village, input);
        if (village.Id != log.VillageId && log.HouseholdVisits.Count > 0)
            throw new ValidationException(nameof(input.VillageId), "该日志已关联困难户走访记录,不能更换蹲点村;请删除后重新登记。");
        if (log.HouseholdVisits.Count > input.HouseholdsVisited)
            throw new ValidationException(nameof(input.HouseholdsVisited), "关联的困难户数不能多于走访农户数");

        var before = Snapshot(log);
        log.VillageId = village.Id;
        log.VillagePath = village.Path;
        log.StartDate = input.StartDate;
        log.EndDate = input.EndDate;
        log.HouseholdsVisited = input.HouseholdsVisited;
        log.Symposiums = input.Symposiums;
        log.SymposiumAttendees = input.SymposiumAttendees;
        log.Talks = input.Talks;
        log.ConsolationHouseholds = input.ConsolationHouseholds;
        log.ConsolationAmountYuan = input.ConsolationAmountYuan;
        log.PolicyTalks = input.PolicyTalks;
        log.DialogueParticipants = input.DialogueParticipants;
        log.ProblemsSolvedOnSpot = input.ProblemsSolvedOnSpot;
        log.Location = Blank(input.Location);
        log.Notes = Blank(input.Notes);
        if (Snapshot(log) == before) throw new ValidationException("Reason", "没有修改任何内容。");
        await SaveWithReasonAsync(CorrectedAction, log.Id, why, ct);
    }

    public async Task DeleteAsync(StaffActor actor, FieldLog log, string? reason, int correctionDays, CancellationToken ct = default)
    {
        Allowed(actor, log, correctionDays);
        var why = Reason(reason);
        // Concerns raised on the stay keep their history; their link would dangle (the foreign key restricts).
        var concerns = await db.Concerns.CountAsync(c => c.FieldLogId == log.Id, ct);
        if (concerns > 0)
            throw new ValidationException("Reason", $"该次蹲点已登记 {concerns} 件民情诉求,不能删除;可更正日志内容。");
        // Register visits made on the stay stay in the household's history, without the link to the deleted log.
        foreach (var visit in log.HouseholdVisits) visit.FieldLogId = null;
        var id = log.Id;
        db.FieldLogs.Remove(log);
        await SaveWithReasonAsync(DeletedAction, id, why, ct);
    }

    private void Allowed(StaffActor actor, FieldLog log, int correctionDays)
    {
        if (WhyNot(actor, log, correctionDays) is { } why) throw new ValidationException("Reason", why);
    }

    private async Task SaveWithReasonAsync(string action, long id, string reason, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.AuditAsync(action, nameof(FieldLog), id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonSerializer.Serialize(new { 理由 = reason }, AuditJson), ct);
        await tx.CommitAsync(ct);
    }

    private static readonly JsonSerializerOptions AuditJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static string Reason(string? reason)
    {
        var r = reason?.Trim() ?? "";
        if (r.Length == 0) throw new ValidationException("Reason", "请填写更正或删除的理由(记入审计日志)。");
        if (r.Length > MaxReason) throw new ValidationException("Reason", $"理由不能超过 {MaxReason} 个字。");
        return r;
    }

    private static string Snapshot(FieldLog l) => string.Join('|', l.VillageId, l.StartDate, l.EndDate, l.HouseholdsVisited, l.Symposiums,
        l.SymposiumAttendees, l.Talks, l.ConsolationHouseholds, l.ConsolationAmountFen, l.PolicyTalks, l.DialogueParticipants,
        l.ProblemsSolvedOnSpot, l.Location, l.Notes);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
