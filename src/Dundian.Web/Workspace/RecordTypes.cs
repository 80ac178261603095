using System.Globalization;

namespace Dundian.Web.Workspace;

/// <summary>
/// Chinese names of the record types (entity class names, as the audit log and the drill-downs carry them) and the
/// staff page of one record, so a row can say 民情诉求 instead of <c>Concern</c> and link to the record behind it.
/// </summary>
public static class RecordTypes
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["FieldLog"] = "蹲点日志", ["Participant"] = "参加人员", ["FieldNote"] = "蹲点手记", ["ResearchReport"] = "调研报告",
        ["PracticalProject"] = "实事项目", ["DevelopmentPlan"] = "发展计划", ["ResearchGroup"] = "调研组", ["LiaisonVillage"] = "联系村",
        ["ResearchTopic"] = "调研主题", ["Concern"] = "民情诉求", ["ConcernEvent"] = "诉求办理记录", ["ConcernPhoto"] = "诉求照片",
        ["ConcernCategory"] = "诉求类别", ["Campaign"] = "蹲点调研活动", ["CampaignActivity"] = "活动载体", ["CampaignDocument"] = "活动文件",
        ["CampaignDocumentAttachment"] = "活动文件附件", ["Household"] = "困难户", ["HouseholdVisit"] = "走访记录",
        ["Article"] = "文章", ["ArticleRevision"] = "文章版本", ["ArticleReviewStep"] = "审核记录", ["ArticleAttachment"] = "文章附件",
        ["Channel"] = "栏目", ["ChannelReviewer"] = "栏目审核人", ["SensitiveWord"] = "敏感词", ["PublicCommitment"] = "公开承诺",
        ["CommitmentMilestone"] = "承诺节点", ["CommitmentProgress"] = "承诺进展", ["CommitmentVerdict"] = "群众评价",
        ["Comment"] = "评论", ["BoardMessage"] = "留言", ["PostReport"] = "举报", ["SpecialTopic"] = "专题", ["TopicSection"] = "专题版块",
        ["Submission"] = "信息报送", ["ScoringRule"] = "计分规则", ["StoredFile"] = "文件", ["InboxEntry"] = "待办消息",
        ["ProjectFunding"] = "项目资金", ["ProjectMilestone"] = "项目节点", ["ProjectProgress"] = "项目进展",
        ["DevelopmentPlanItem"] = "计划事项", ["AppUser"] = "用户", ["RoleGrant"] = "角色授权", ["OrgUnit"] = "组织机构",
    };

    /// <summary>Entity types with a Chinese name, for the audit page's filter.</summary>
    public static IEnumerable<(string Type, string Name)> All => Names.Select(n => (n.Key, n.Value)).OrderBy(n => n.Value, StringComparer.Ordinal);

    public static string Name(string? type) => type is null ? "" : Names.GetValueOrDefault(type, type);

    /// <summary>The staff page of the record, or null when it has none of its own.</summary>
    public static string? Url(string? type, string? key, int? campaignId = null)
    {
        if (type is null || key is null || !long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        var c = campaignId?.ToString(CultureInfo.InvariantCulture);
        return type switch
        {
            "FieldLog" => $"/manage/field-logs/{id}/edit",
            "FieldNote" => $"/manage/writings/notes/{id}",
            "ResearchReport" => $"/manage/writings/reports/{id}",
            "PracticalProject" => $"/manage/projects/{id}",
            "DevelopmentPlan" => $"/manage/plans/{id}",
            "Concern" => $"/manage/concerns/{id}",
            "Household" => $"/manage/households/{id}",
            "Article" => $"/manage/articles/edit/{id}",
            "Channel" => $"/manage/channels/edit/{id}",
            "PublicCommitment" => $"/manage/commitments/{id}",
            "SpecialTopic" => $"/manage/topics/{id}",
            "Submission" => $"/manage/submissions/{id}",
            "SensitiveWord" => $"/manage/sensitive-words/{id}",
            "Comment" or "BoardMessage" => $"/manage/moderation/{id}",
            "Participant" when c is not null => $"/manage/campaigns/{c}/participants/edit/{id}",
            "ResearchGroup" when c is not null => $"/manage/campaigns/{c}/groups/edit/{id}",
            "ResearchTopic" when c is not null => $"/manage/campaigns/{c}/topics/edit/{id}",
            "LiaisonVillage" when c is not null => $"/manage/campaigns/{c}/groups",
            "Campaign" => $"/manage/campaigns/{id}/setup",
            _ => null,
        };
    }
}
