namespace Dundian.Core.Concerns;

public enum ConcernEventKind
{
    Received, Assigned, Started, Updated, Resolved, FollowedUp, Reopened, Returned,
    ExtensionRequested, ExtensionApproved, ExtensionRejected, Escalated, MergedInto, MergedFrom,
}
