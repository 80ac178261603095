using System.Globalization;
using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Core.Commitments;
using Dundian.Core.Community;
using Dundian.Core.Concerns;
using Dundian.Core.Content;
using Dundian.Core.Projects;
using Dundian.Core.Submissions;
using Dundian.Web.Accounts;

namespace Dundian.Web.Auditing;

/// <summary>
/// Reads the audit log's JSON details (<c>{"Status":{"from":1,"to":2}}</c> for a change, <c>{"Title":"…"}</c> for a new
/// or deleted row) as Chinese field names with enum labels and old → new values. Unknown fields keep their code name,
/// so nothing recorded is ever hidden; bookkeeping columns (ids of the row itself, hashes) are left out.
/// </summary>
public static class AuditText
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Title"] = "标题", ["Name"] = "名称", ["Status"] = "状态", ["Description"] = "内容", ["Summary"] = "摘要", ["BodyHtml"] = "正文",
        ["Source"] = "来源", ["Author"] = "作者", ["EditorName"] = "责任编辑", ["Tags"] = "标签", ["ChannelId"] = "栏目",
        ["PublishedAt"] = "发布时间", ["ScheduledPublishAt"] = "定时发布", ["ScheduledUnpublishAt"] = "定时撤下", ["PendingLevel"] = "待审级别",
        ["RejectionReason"] = "退回理由", ["ReviewLevels"] = "审核级数", ["Level"] = "级别", ["UserId"] = "用户", ["Role"] = "角色",
        ["OrgUnitId"] = "组织机构", ["VillageId"] = "村(社区)", ["VillagePath"] = "村路径", ["ParticipantId"] = "参加人员",
        ["CampaignId"] = "活动", ["GroupId"] = "调研组", ["StartDate"] = "开始日期", ["EndDate"] = "结束日期",
        ["HouseholdsVisited"] = "走访农户", ["Symposiums"] = "座谈会", ["SymposiumAttendees"] = "座谈会参加人数", ["Talks"] = "谈心人次",
        ["ConsolationHouseholds"] = "慰问困难户", ["ConsolationAmountFen"] = "慰问金(分)", ["PolicyTalks"] = "主题宣讲",
        ["DialogueParticipants"] = "恳谈人次", ["ProblemsSolvedOnSpot"] = "现场解决问题", ["Location"] = "地点", ["Notes"] = "记录",
        ["CreatedAt"] = "创建时间", ["UpdatedAt"] = "修改时间", ["CreatedByUserId"] = "创建人", ["CreatedById"] = "创建人",
        ["CreatedByName"] = "创建人", ["AssignedUnitId"] = "承办单位", ["DueAt"] = "办理期限", ["Result"] = "办理结果",
        ["EscalationLevel"] = "督办级别", ["Satisfaction"] = "回访结果", ["ReopenCount"] = "重办次数", ["TrackingNumber"] = "查询编号",
        ["ReceivedAt"] = "受理时间", ["ExtensionRequestedUntil"] = "申请延期至", ["CategoryId"] = "类别", ["ReporterName"] = "反映人",
        ["ReporterPhone"] = "联系电话", ["Word"] = "敏感词", ["Category"] = "分类", ["Deadline"] = "期限", ["ProgressPercent"] = "进度",
        ["Outcome"] = "兑现情况", ["DisplayName"] = "姓名", ["UserName"] = "用户名", ["IsDisabled"] = "停用", ["Email"] = "邮箱",
        ["MustChangePassword"] = "须改密码", ["LockoutEnd"] = "锁定至", ["AccessFailedCount"] = "登录失败次数", ["Reply"] = "官方答复",
        ["Nickname"] = "昵称", ["Body"] = "正文", ["HoldReasons"] = "待审原因", ["FundsFen"] = "扶助资金(分)", ["BudgetFen"] = "预算(分)",
        ["HeadName"] = "户主", ["Phone"] = "电话", ["IdNumber"] = "身份证号", ["Address"] = "住址", ["Kind"] = "类型", ["Slug"] = "别名",
        ["SortOrder"] = "排序", ["ParentId"] = "上级", ["StaleAfterDays"] = "更新时限(天)", ["ListStyle"] = "列表样式", ["ReadAt"] = "阅读时间",
        ["理由"] = "理由",
    };

    // Keys that say nothing to a reader (the row's own id, concurrency and security stamps).
    private static readonly HashSet<string> Skipped = ["Id", "ConcurrencyStamp", "SecurityStamp", "QueryCodeHash", "ReporterKey"];

    public static string Field(string name) => Fields.GetValueOrDefault(name, name);

    public static List<AuditChange> Changes(string? entityType, string? details)
    {
        var changes = new List<AuditChange>();
        if (string.IsNullOrWhiteSpace(details)) return changes;
        JsonDocument doc;
        try { doc = JsonDocument.Parse(details); }
        catch (JsonException) { changes.Add(new AuditChange("详情", null, details)); return changes; }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) { changes.Add(new AuditChange("详情", null, details)); return changes; }
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (Skipped.Contains(p.Name)) continue;
                if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("from", out var from) && p.Value.TryGetProperty("to", out var to))
                    changes.Add(new AuditChange(Field(p.Name), Value(entityType, p.Name, from), Value(entityType, p.Name, to)));
                else
                    changes.Add(new AuditChange(Field(p.Name), null, Value(entityType, p.Name, p.Value)));
            }
        }
        return changes;
    }

    /// <summary>Action code in words (row changes and named actions such as 登录 or 更正蹲点日志).</summary>
    public static string Action(string action) => action switch
    {
        Dundian.Core.FieldWork.FieldLogCorrections.CorrectedAction => "更正蹲点日志",
        Dundian.Core.FieldWork.FieldLogCorrections.DeletedAction => "删除蹲点日志",
        _ => AuditActions.Label(action),
    };

    /// <summary>Every action the filter offers.</summary>
    public static IEnumerable<(string Action, string Label)> Actions => AuditActions.All
        .Append((Dundian.Core.FieldWork.FieldLogCorrections.CorrectedAction, "更正蹲点日志"))
        .Append((Dundian.Core.FieldWork.FieldLogCorrections.DeletedAction, "删除蹲点日志"))
        .Append(("导出Excel", "导出Excel"));

    public static string Summary(string? entityType, string? details) =>
        string.Join(";", Changes(entityType, details).Select(c => c.From is null ? $"{c.Field}:{c.To}" : $"{c.Field}:{c.From} → {c.To}"));

    private static string? Value(string? entityType, string field, JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null) return "(空)";
        if (v.ValueKind == JsonValueKind.True) return "是";
        if (v.ValueKind == JsonValueKind.False) return "否";
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && Label(entityType, field, n) is { } label) return label;
        if (v.ValueKind == JsonValueKind.String && v.TryGetDateTime(out var at) && v.GetString()!.Contains('T'))
            return Dundian.Core.Common.ChinaTime.DateTimeText(DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc));
        var text = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
        return text is { Length: > 200 } ? text[..200] + "…" : text;
    }

    private static string? Label(string? entityType, string field, int n) => (entityType, field) switch
    {
        ("Concern", "Status") => ConcernStatusNames.Of((ConcernStatus)n),
        ("Concern", "Satisfaction") => SatisfactionNames.Of((Satisfaction)n),
        ("Article", "Status") => ArticleStatusNames.Of((ArticleStatus)n),
        ("PublicCommitment", "Status") => CommitmentStatusNames.Of((CommitmentStatus)n),
        ("Comment" or "BoardMessage", "Status") => PostStatusNames.Of((PostStatus)n),
        ("PracticalProject", "Status") => ProjectStatusNames.Of((ProjectStatus)n),
        ("Submission", "Status") => SubmissionStatusNames.Of((SubmissionStatus)n),
        ("RoleGrant", "Role") => StaffRoleNames.Of((StaffRole)n),
        (_, "Level") or (_, "PendingLevel") or (_, "EscalationLevel") => n.ToString(CultureInfo.InvariantCulture) + " 级",
        _ => null,
    };
}
