using Dundian.Core.Content;
using Dundian.Core.Org;

namespace Dundian.Core.Campaigns;

/// <summary>
/// 蹲点调研活动: one campaign run by an org unit (县 for the county tier, a 镇乡/街道 for the township tier).
/// The documents are rich text and are always stored sanitised (<see cref="SetDocuments"/>).
/// </summary>
public class Campaign
{
    public int Id { get; set; }
    /// <summary>Full name, e.g. 县级领导班子成员蹲点调研活动.</summary>
    public required string Name { get; set; }
    /// <summary>主题, e.g. 联镇带村谋发展,蹲点联系办实事.</summary>
    public required string Theme { get; set; }
    /// <summary>口号 / 总体要求, e.g. 重在实践、重在实效、重在群众满意.</summary>
    public string? Slogan { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public CampaignTier Tier { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }

    /// <summary>通知 (sanitised HTML).</summary>
    public string NoticeHtml { get; private set; } = "";
    /// <summary>实施意见 (sanitised HTML).</summary>
    public string ImplementationPlanHtml { get; private set; } = "";
    /// <summary>活动方案 (sanitised HTML).</summary>
    public string ActivityPlanHtml { get; private set; } = "";
    /// <summary>Requirements on time, content and discipline, incl. the 「六个一」 duties (plain text).</summary>
    public string? Requirements { get; set; }
    /// <summary>时间要求, e.g. how many days each leader stays in the village (plain text).</summary>
    public string? TimeRequirement { get; set; }
    /// <summary>内容要求: what the research must cover (plain text).</summary>
    public string? ContentRequirement { get; set; }
    /// <summary>纪律要求: 轻车简从, no banquets, no burden on the village (plain text).</summary>
    public string? DisciplineRequirement { get; set; }
    /// <summary>「六个一」 duties: the six things each leader does (one per line, plain text).</summary>
    public string? SixOnesDuties { get; set; }

    public List<CampaignActivity> Activities { get; set; } = [];

    public bool Covers(DateOnly day) => StartDate <= day && day <= EndDate;

    public void SetDocuments(HtmlCleaner cleaner, string? notice, string? implementationPlan, string? activityPlan)
    {
        NoticeHtml = cleaner.Clean(notice);
        ImplementationPlanHtml = cleaner.Clean(implementationPlan);
        ActivityPlanHtml = cleaner.Clean(activityPlan);
    }

    public static string TierName(CampaignTier tier) => tier == CampaignTier.County ? "县级" : "镇乡(街道)级";
}
