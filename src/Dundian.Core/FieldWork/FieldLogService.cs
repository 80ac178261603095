using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.FieldWork;

/// <summary>
/// Records stays and answers "which logs may this person see". Every check runs before anything is
/// added, so bad input throws a <see cref="ValidationException"/> and leaves the database as it was.
/// </summary>
public class FieldLogService(DundianDbContext db, TimeProvider clock)
{
    public async Task<FieldLog> RecordAsync(StaffActor actor, FieldLogInput input, CancellationToken ct = default)
    {
        FieldLogRules.CheckFigures(input);
        var participant = await db.Participants
            .Include(p => p.Campaign)
            .Include(p => p.Group).ThenInclude(g => g!.Leader)
            .Include(p => p.Group).ThenInclude(g => g!.LiaisonVillages)
            .FirstOrDefaultAsync(p => p.Id == input.ParticipantId, ct)
            ?? throw new ValidationException(nameof(input.ParticipantId), "参加人员不存在");
        var village = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == input.VillageId, ct);
        if (village is null || village.Level != OrgLevel.Village)
            throw new ValidationException(nameof(input.VillageId), "蹲点地点必须是一个村(社区)");
        if (!MayRecordFor(actor, participant, village))
            throw new ValidationException(nameof(input.ParticipantId), "无权为他人登记蹲点日志");
        // Retired people and groups keep their old logs (and figures) but take no new ones; corrections stay possible.
        Retirement.RequireActive(participant, nameof(input.ParticipantId), participant.Name, "停用");
        if (participant.Group is { } group) Retirement.RequireActive(group, nameof(input.ParticipantId), group.Name, "撤销");
        CheckPlace(participant, village, input);
        var households = await LoadHouseholdsAsync(input, village, ct);

        var log = new FieldLog
        {
            CampaignId = participant.CampaignId, ParticipantId = participant.Id,
            VillageId = village.Id, VillagePath = village.Path,
            StartDate = input.StartDate, EndDate = input.EndDate,
            HouseholdsVisited = input.HouseholdsVisited, Symposiums = input.Symposiums,
            SymposiumAttendees = input.SymposiumAttendees, Talks = input.Talks,
            ConsolationHouseholds = input.ConsolationHouseholds, ConsolationAmountYuan = input.ConsolationAmountYuan,
            PolicyTalks = input.PolicyTalks, DialogueParticipants = input.DialogueParticipants,
            ProblemsSolvedOnSpot = input.ProblemsSolvedOnSpot,
            Location = Blank(input.Location), Notes = Blank(input.Notes),
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByUserId = actor.UserId,
        };
        log.HouseholdVisits.AddRange(households.Select(h => new HouseholdVisit { HouseholdId = h.Id }));
        db.FieldLogs.Add(log);
        await db.SaveChangesAsync(ct);
        return log;
    }

    /// <summary>
    /// The logs <paramref name="actor"/> may see: his own (Cadre), his group's (GroupLead), everything
    /// in the villages under the org units where he is CampaignOffice or SystemAdmin.
    /// </summary>
    public IQueryable<FieldLog> VisibleTo(StaffActor actor)
    {
        var scope = actor.Scope;
        var userId = actor.UserId;
        var visible = QueryPredicates.Never<FieldLog>();
        if (scope.Has(StaffRole.Cadre) || scope.Has(StaffRole.GroupLead))
            visible = QueryPredicates.Or(visible, l => l.Participant!.UserId == userId);
        if (scope.Has(StaffRole.GroupLead))
            visible = QueryPredicates.Or(visible, l => l.Participant!.Group!.Leader!.UserId == userId);
        var officePaths = OfficePaths(scope);
        if (officePaths.Count > 0)
            visible = QueryPredicates.Or(visible, QueryPredicates.StartsWithAny<FieldLog>(l => l.VillagePath, officePaths));
        return db.FieldLogs.Where(visible);
    }

    private static List<string> OfficePaths(StaffScope scope) =>
        scope.PathsFor(StaffRole.CampaignOffice).Concat(scope.PathsFor(StaffRole.SystemAdmin)).ToList();

    /// <summary>Public so the write API can answer 403 (not 400) before the same check refuses inside <see cref="RecordAsync"/>.</summary>
    public static bool MayRecordFor(StaffActor actor, Participant participant, OrgUnit village)
    {
        var scope = actor.Scope;
        var own = participant.UserId is not null && participant.UserId == actor.UserId
                  && (scope.Has(StaffRole.Cadre) || scope.Has(StaffRole.GroupLead));
        var leads = scope.Has(StaffRole.GroupLead) && participant.Group?.Leader?.UserId == actor.UserId;
        var office = scope.Covers(StaffRole.CampaignOffice, village.Path) || scope.Covers(StaffRole.SystemAdmin, village.Path);
        return own || leads || office;
    }

    internal static void CheckPlace(Participant participant, OrgUnit village, FieldLogInput input)
    {
        var campaign = participant.Campaign!;
        if (!campaign.Covers(input.StartDate) || !campaign.Covers(input.EndDate))
            throw new ValidationException(nameof(input.StartDate),
                $"蹲点日期须在活动期间内({campaign.StartDate:yyyy-MM-dd} 至 {campaign.EndDate:yyyy-MM-dd})");
        var group = participant.Group
            ?? throw new ValidationException(nameof(input.ParticipantId), $"{participant.Name}尚未编入调研组,不能登记蹲点日志");
        if (!group.LiaisonVillages.Any(l => l.VillageId == village.Id && l.Covers(input.StartDate, input.EndDate)))
            throw new ValidationException(nameof(input.VillageId), $"{village.Name}在该期间不是{group.Name}的联系村");
    }

    private async Task<List<Household>> LoadHouseholdsAsync(FieldLogInput input, OrgUnit village, CancellationToken ct)
    {
        if (input.HouseholdIds.Count == 0) return [];
        var ids = input.HouseholdIds.Distinct().ToList();
        if (ids.Count > input.HouseholdsVisited)
            throw new ValidationException(nameof(input.HouseholdIds), "关联的困难户数不能多于走访农户数");
        var found = await db.Households.Where(h => ids.Contains(h.Id)).ToListAsync(ct);
        if (found.Count != ids.Count || found.Any(h => h.VillageId != village.Id))
            throw new ValidationException(nameof(input.HouseholdIds), "所选困难户不属于该村");
        foreach (var h in found) Retirement.RequireActive(h, nameof(input.HouseholdIds), $"困难户“{h.HeadName}”", "移出台账");
        return found;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
