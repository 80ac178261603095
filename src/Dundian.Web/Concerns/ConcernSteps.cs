using Dundian.Core.Concerns;

namespace Dundian.Web.Concerns;

/// <summary>
/// The steps a concern's state allows next, main step first (受理 → 交办 → 办理 → 办结 → 回访; 延期 and 退单 while open).
/// The entity still refuses a step its state does not allow; this only keeps the page from offering it.
/// </summary>
public static class ConcernSteps
{
    public const string Assign = "assign", Start = "start", Update = "update", Return = "return", Extend = "extend",
        Decide = "decide", Resolve = "resolve", FollowUp = "followup";

    public static IReadOnlyList<ConcernStep> Next(Concern c)
    {
        var steps = new List<ConcernStep>();
        if (c.HasPendingExtension) steps.Add(new(Decide, "审批延期", true));
        switch (c.Status)
        {
            case ConcernStatus.Received: steps.Add(new(Assign, "交办", true)); break;
            case ConcernStatus.Assigned: steps.Add(new(Start, "开始办理", true)); break;
            case ConcernStatus.InProgress: steps.Add(new(Resolve, "办结", true)); break;
            case ConcernStatus.Resolved: steps.Add(new(FollowUp, "回访", true)); break;
        }
        if (c.IsOpen)
        {
            steps.Add(new(Update, "记录办理进展", false));
            if (!c.HasPendingExtension) steps.Add(new(Extend, "申请延期", false));
            steps.Add(new(Return, "退单", false));
        }
        // Only one main step: a pending extension is decided before the work goes on.
        return steps.Select((s, i) => s with { Main = i == 0 }).ToList();
    }
}
