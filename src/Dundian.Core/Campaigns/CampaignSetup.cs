using Dundian.Core.Common;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Campaigns;

/// <summary>
/// The rules of setting up a campaign, checked before anything is saved. Each failure is a
/// <see cref="ValidationException"/> naming the form field, with a Chinese sentence for the office.
/// </summary>
public class CampaignSetup(DundianDbContext db)
{
    /// <summary>Period, tier against the owning unit's level, required texts.</summary>
    public static void CheckCampaign(Campaign c, OrgUnit unit)
    {
        Require(c.Name, "Name", "请填写活动名称。");
        Require(c.Theme, "Theme", "请填写活动主题。");
        if (c.EndDate < c.StartDate) throw new ValidationException("EndDate", "活动结束日期不能早于开始日期。");
        var expected = c.Tier == CampaignTier.County ? OrgLevel.County : OrgLevel.Town;
        if (unit.Level != expected)
            throw new ValidationException("OrgUnitId", $"{Campaign.TierName(c.Tier)}活动应由{OrgUnit.LevelName(expected)}组织,请重新选择组织单位。");
        foreach (var (text, field) in new[] { (c.Name, "Name"), (c.Theme, "Theme"), (c.Slogan, "Slogan"), (c.Requirements, "Requirements") })
            if (PlainTextInput.HasMarkup(text)) throw new ValidationException(field, "该栏只能填写文字,不能包含网页标记。");
    }

    public static void CheckParticipant(Participant p)
    {
        Require(p.Name, "Name", "请填写姓名。");
        foreach (var (text, field) in new[] { (p.Name, "Name"), (p.Title, "Title"), (p.Unit, "Unit") })
            if (PlainTextInput.HasMarkup(text)) throw new ValidationException(field, "该栏只能填写文字,不能包含网页标记。");
        if (!Enum.IsDefined(p.Category)) throw new ValidationException("Category", "请选择人员类别。");
    }

    /// <summary>
    /// A liaison village must be a village inside the campaign's org unit, its dates in order, and it may not be
    /// assigned twice in the same campaign for overlapping days (two groups in one village would double its figures).
    /// </summary>
    public async Task CheckLiaisonAsync(Campaign campaign, string campaignPath, int villageId, DateOnly from, DateOnly? to,
        int? exceptAssignmentId = null, CancellationToken ct = default)
    {
        var village = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == villageId, ct)
            ?? throw new ValidationException("VillageId", "请选择联系村。");
        if (village.Level != OrgLevel.Village) throw new ValidationException("VillageId", "联系村必须是村(社区)。");
        if (!village.Path.StartsWith(campaignPath, StringComparison.Ordinal))
            throw new ValidationException("VillageId", $"{village.Name}不在本活动的组织范围内。");
        if (to is { } end && end < from) throw new ValidationException("ToDate", "联系结束日期不能早于开始日期。");
        // A merged or retired village takes no new assignment past its last day (its successor does).
        if (from < village.ValidFrom || (village.ValidTo is { } gone && (to ?? DateOnly.MaxValue) >= gone))
            throw new ValidationException("VillageId", village.ValidTo is { } v
                ? $"{village.Name}已于 {v:yyyy-MM-dd} 撤销或合并,联系日期须在此之前。"
                : $"{village.Name}自 {village.ValidFrom:yyyy-MM-dd} 起设立,联系日期不能早于此日。");
        var last = to ?? DateOnly.MaxValue;
        var clash = await db.LiaisonVillages.AsNoTracking().Include(l => l.Group)
            .Where(l => l.Group!.CampaignId == campaign.Id && l.VillageId == villageId && l.Id != (exceptAssignmentId ?? 0))
            .Where(l => l.FromDate <= last && (l.ToDate == null || l.ToDate >= from))
            .FirstOrDefaultAsync(ct);
        if (clash is not null)
            throw new ValidationException("VillageId",
                $"{village.Name}在{clash.FromDate:yyyy-MM-dd}起已由{clash.Group!.Name}联系,日期与之重叠。");
    }

    private static void Require(string? text, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ValidationException(field, message);
    }
}
