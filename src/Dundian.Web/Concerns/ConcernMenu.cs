using Dundian.Web.Commitments;
using Dundian.Web.Navigation;
using Dundian.Core.Commitments;
using Dundian.Core.Concerns;

namespace Dundian.Web.Concerns;

/// <summary>Menu entries of 民情: concerns, hotline intake, their figures, public commitments and the 督办 inbox.</summary>
public sealed class ConcernMenu : IManageMenu
{
    public IEnumerable<ManageMenuItem> Items()
    {
        var area = ManageAreas.Concerns;
        yield return new(area, "民情诉求", "/manage/concerns", 10, ConcernAccess.MayUse);
        yield return new(area, "热线录入", "/manage/concerns/new", 20, s => ConcernAccess.Paths(s, ConcernAccess.IntakeRoles).Count > 0);
        yield return new(area, "诉求办理情况", "/manage/concerns/metrics", 30, ConcernAccess.MayUse);
        yield return new(area, "公开承诺", "/manage/commitments", 40, CommitmentAccess.MayUse);
        yield return new(area, "待办消息", "/manage/inbox", 50, _ => true) { Counter = ManageCounters.Inbox };
    }
}
