using Dundian.Core.Concerns;

namespace Dundian.Web.Concerns;

/// <summary>Chinese names of the history steps, for the staff history table.</summary>
public static class ConcernEventNames
{
    public static string Of(ConcernEventKind kind) => kind switch
    {
        ConcernEventKind.Received => "受理",
        ConcernEventKind.Assigned => "交办",
        ConcernEventKind.Started => "开始办理",
        ConcernEventKind.Updated => "办理进展",
        ConcernEventKind.Resolved => "办结",
        ConcernEventKind.FollowedUp => "回访",
        ConcernEventKind.Reopened => "重新办理",
        ConcernEventKind.Returned => "退单",
        ConcernEventKind.ExtensionRequested => "申请延期",
        ConcernEventKind.ExtensionApproved => "批准延期",
        ConcernEventKind.ExtensionRejected => "驳回延期",
        ConcernEventKind.Escalated => "督办",
        ConcernEventKind.MergedInto => "并入他件",
        ConcernEventKind.MergedFrom => "合并重复件",
        _ => kind.ToString(),
    };
}
