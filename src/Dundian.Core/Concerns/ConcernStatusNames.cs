namespace Dundian.Core.Concerns;

public static class ConcernStatusNames
{
    public static string Of(ConcernStatus status) => status switch
    {
        ConcernStatus.Received => "受理",
        ConcernStatus.Assigned => "交办",
        ConcernStatus.InProgress => "办理",
        ConcernStatus.Resolved => "办结",
        ConcernStatus.FollowedUp => "回访",
        ConcernStatus.Merged => "已合并",
        _ => status.ToString(),
    };
}
