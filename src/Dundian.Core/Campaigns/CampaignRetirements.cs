using Dundian.Core.Accounts;
using Dundian.Core.Auditing;
using Dundian.Core.Common;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Campaigns;

/// <summary>
/// Retiring participants, research groups and research topics. They are never deleted: field logs, writings and
/// figures name them, and a bulletin already printed their totals. A retired record keeps all of that (the figures do
/// not move), leaves the pickers and takes no new work. Only the office that may set the campaign up
/// (<see cref="CampaignAccess.MayManage"/>); a reason is required and audited with the row change.
/// </summary>
public class CampaignRetirements(DundianDbContext db, TimeProvider clock)
{
    public const string ParticipantRetired = "ParticipantRetired", GroupRetired = "ResearchGroupRetired", TopicRetired = "ResearchTopicRetired";

    public async Task RetireParticipantAsync(StaffScope scope, int campaignId, int participantId, string? reason, CancellationToken ct = default)
    {
        await RequireManagedAsync(scope, campaignId, ct);
        var person = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId && p.CampaignId == campaignId, ct)
            ?? throw new ValidationException("Id", "该参加人员不存在。");
        // A group must not be left led by someone who no longer takes part: the office names a new leader first.
        var leads = await db.ResearchGroups.Where(g => g.LeaderId == person.Id && g.RetiredAt == null).Select(g => g.Name).FirstOrDefaultAsync(ct);
        if (leads is not null) throw new ValidationException("Reason", $"{person.Name}是调研组“{leads}”的组长,请先更换组长再停用。");
        person.Retire(reason, Now);
        await db.SaveWithReasonAsync(ParticipantRetired, nameof(Participant), Key(person.Id), person.RetireReason!, ct);
    }

    public async Task RetireGroupAsync(StaffScope scope, int campaignId, int groupId, string? reason, CancellationToken ct = default)
    {
        await RequireManagedAsync(scope, campaignId, ct);
        var group = await db.ResearchGroups.FirstOrDefaultAsync(g => g.Id == groupId && g.CampaignId == campaignId, ct)
            ?? throw new ValidationException("Id", "该调研组不存在。");
        // Active members would be left able to log stays for a group that no longer exists.
        var members = await db.Participants.CountAsync(p => p.GroupId == group.Id && p.RetiredAt == null, ct);
        if (members > 0) throw new ValidationException("Reason", $"调研组“{group.Name}”还有 {members} 名在册成员,请先把他们调到其他组或停用。");
        group.Retire(reason, Now);
        await db.SaveWithReasonAsync(GroupRetired, nameof(ResearchGroup), Key(group.Id), group.RetireReason!, ct);
    }

    public async Task RetireTopicAsync(StaffScope scope, int campaignId, int topicId, string? reason, CancellationToken ct = default)
    {
        await RequireManagedAsync(scope, campaignId, ct);
        var topic = await db.ResearchTopics.FirstOrDefaultAsync(t => t.Id == topicId && t.CampaignId == campaignId, ct)
            ?? throw new ValidationException("Id", "该调研主题不存在。");
        topic.Retire(reason, Now);
        await db.SaveWithReasonAsync(TopicRetired, nameof(ResearchTopic), Key(topic.Id), topic.RetireReason!, ct);
    }

    private async Task RequireManagedAsync(StaffScope scope, int campaignId, CancellationToken ct)
    {
        var path = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.OrgUnit!.Path).FirstOrDefaultAsync(ct)
            ?? throw new ValidationException("Id", "该活动不存在。");
        if (!scope.MayManage(path)) throw new ValidationException("Id", "该活动不在您的管理范围内。");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
