namespace Dundian.Core.Commitments;

public static class CommitmentStatusNames
{
    public static string Of(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Open => "已承诺",
        CommitmentStatus.InProgress => "推进中",
        CommitmentStatus.Completed => "已兑现",
        CommitmentStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
