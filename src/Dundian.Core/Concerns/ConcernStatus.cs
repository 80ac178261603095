namespace Dundian.Core.Concerns;

/// <summary>受理 → 交办 → 办理 → 办结 → 回访; Merged when folded into a duplicate.</summary>
public enum ConcernStatus
{
    Received = 0,
    Assigned = 1,
    InProgress = 2,
    Resolved = 3,
    FollowedUp = 4,
    Merged = 5,
}
