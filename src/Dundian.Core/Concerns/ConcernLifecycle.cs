namespace Dundian.Core.Concerns;

// The transitions of the concern lifecycle (受理 → 交办 → 办理 → 办结 → 回访, 退单, 延期, 督办, 合并).
public partial class Concern
{
    /// <summary>交办: to a handling unit; the due date follows from the category's time limit.</summary>
    public void Assign(int unitId, int timeLimitDays, DateTime atUtc, string? actor)
    {
        Require("交办", ConcernStatus.Received);
        if (timeLimitDays <= 0) throw new ConcernRuleException("办理时限必须大于 0 天。");
        Status = ConcernStatus.Assigned;
        AssignedUnitId = unitId;
        DueAt = atUtc.AddDays(timeLimitDays);
        Record(ConcernEventKind.Assigned, atUtc, actor, "已交办承办单位", isPublic: true);
    }

    /// <summary>办理: the unit starts work.</summary>
    public void Start(DateTime atUtc, string? actor)
    {
        Require("开始办理", ConcernStatus.Assigned);
        Status = ConcernStatus.InProgress;
        Record(ConcernEventKind.Started, atUtc, actor, "正在办理", isPublic: true);
    }

    /// <summary>A progress note while the concern is being handled.</summary>
    public void AddUpdate(string note, DateTime atUtc, string? actor, bool isPublic = false)
    {
        Require("填写办理进展", ConcernStatus.Assigned, ConcernStatus.InProgress);
        Record(ConcernEventKind.Updated, atUtc, actor, Required(note, "请填写办理进展。"), isPublic);
    }

    /// <summary>办结: with the official reply shown to the resident.</summary>
    public void Resolve(string result, DateTime atUtc, string? actor)
    {
        Require("办结", ConcernStatus.InProgress);
        Result = Required(result, "请填写办理结果。");
        Status = ConcernStatus.Resolved;
        ResolvedAt = atUtc;
        ExtensionRequestedUntil = null;
        Record(ConcernEventKind.Resolved, atUtc, actor, Result, isPublic: true);
    }

    /// <summary>回访: satisfied closes the concern; unsatisfied reopens it for the same unit.</summary>
    public void FollowUp(Satisfaction verdict, string? note, DateTime atUtc, string? actor)
    {
        Require("回访", ConcernStatus.Resolved);
        Satisfaction = verdict;
        if (verdict == Concerns.Satisfaction.Unsatisfied)
        {
            Status = ConcernStatus.InProgress;
            ReopenCount++;
            ResolvedAt = null;
            Record(ConcernEventKind.Reopened, atUtc, actor, "群众不满意,重新办理" + (note is null ? "" : ":" + note), isPublic: true);
            return;
        }
        Status = ConcernStatus.FollowedUp;
        ClosedAt = atUtc;
        Record(ConcernEventKind.FollowedUp, atUtc, actor, $"回访:{SatisfactionNames.Of(verdict)}", isPublic: true);
    }

    /// <summary>退单: the unit hands the concern back to the dispatcher, who assigns it again.</summary>
    public void Return(string reason, DateTime atUtc, string? actor)
    {
        Require("退单", ConcernStatus.Assigned, ConcernStatus.InProgress);
        var why = Required(reason, "退单须说明理由。");
        Status = ConcernStatus.Received;
        AssignedUnitId = null;
        DueAt = null;
        ExtensionRequestedUntil = null;
        Record(ConcernEventKind.Returned, atUtc, actor, why, isPublic: false);
    }

    /// <summary>延期 requested by the unit; the due date changes only when approved.</summary>
    public void RequestExtension(DateTime newDueUtc, string reason, DateTime atUtc, string? actor)
    {
        Require("申请延期", ConcernStatus.Assigned, ConcernStatus.InProgress);
        if (HasPendingExtension) throw new ConcernRuleException("已有待审批的延期申请。");
        if (newDueUtc <= DueAt) throw new ConcernRuleException("延期后的期限必须晚于原办理期限。");
        var why = Required(reason, "申请延期须说明理由。");
        ExtensionRequestedUntil = newDueUtc;
        Record(ConcernEventKind.ExtensionRequested, atUtc, actor, why, isPublic: false);
    }

    public void DecideExtension(bool approve, DateTime atUtc, string? actor, string? note = null)
    {
        if (!HasPendingExtension) throw new ConcernRuleException("没有待审批的延期申请。");
        if (approve) DueAt = ExtensionRequestedUntil;
        ExtensionRequestedUntil = null;
        Record(approve ? ConcernEventKind.ExtensionApproved : ConcernEventKind.ExtensionRejected, atUtc, actor,
            note ?? (approve ? "延期已批准" : "延期未批准"), isPublic: approve);
    }

    /// <summary>督办: raises the escalation level of an overdue concern. Returns false when not overdue.</summary>
    public bool EscalateIfOverdue(DateTime nowUtc, int maxLevel = 3)
    {
        if (!IsOverdue(nowUtc) || EscalationLevel >= maxLevel) return false;
        EscalationLevel++;
        Record(ConcernEventKind.Escalated, nowUtc, "system", $"超期督办(第 {EscalationLevel} 级)", isPublic: false);
        return true;
    }

    /// <summary>合并: this duplicate is folded into <paramref name="target"/>; both keep their full history.</summary>
    public void MergeInto(Concern target, DateTime atUtc, string? actor)
    {
        if (target == this || target.Id == Id && Id != 0) throw new ConcernRuleException("不能与自身合并。");
        if (Status is ConcernStatus.Merged or ConcernStatus.FollowedUp) throw new ConcernRuleException("已办结或已合并的诉求不能再合并。");
        if (target.Status == ConcernStatus.Merged) throw new ConcernRuleException("不能合并到已被合并的诉求。");
        Status = ConcernStatus.Merged;
        MergedIntoId = target.Id;
        ClosedAt = atUtc;
        Record(ConcernEventKind.MergedInto, atUtc, actor, $"与诉求 {target.TrackingNumber} 合并办理", isPublic: true);
        target.Record(ConcernEventKind.MergedFrom, atUtc, actor, $"合并重复诉求 {TrackingNumber}", isPublic: false);
    }
}
