namespace Dundian.Core.Commitments;

/// <summary>
/// 已承诺 → 推进中 → 已兑现; 已撤回 when the commitment was withdrawn publicly (it stays listed, with its reason).
/// </summary>
public enum CommitmentStatus
{
    Open = 1,
    InProgress = 2,
    Completed = 3,
    Withdrawn = 4,
}
