using Dundian.Core.Accounts;
using Dundian.Web.Navigation;
using Dundian.Web.Portal;
using Dundian.Core.Submissions;
using Dundian.Core.Content;
using Dundian.Core.Topics;

namespace Dundian.Web.Newsroom;

/// <summary>Menu entries of 编辑部: the newsroom desk, articles, review, channels, special topics and 信息报送.</summary>
public sealed class NewsroomMenu : IManageMenu
{
    public IEnumerable<ManageMenuItem> Items()
    {
        var area = ManageAreas.Newsroom;
        yield return new(area, "编辑部工作台", "/manage/newsroom", 10, NewsroomAccess.MayUse);
        yield return new(area, "文章管理", "/manage/articles", 20, s => s.Has(StaffRole.Editor) || s.Has(StaffRole.SystemAdmin));
        yield return new(area, "审核队列", "/manage/articles/review", 30, s => s.Has(StaffRole.Reviewer) || s.Has(StaffRole.SystemAdmin));
        yield return new(area, "栏目管理", "/manage/channels", 40, s => s.Has(StaffRole.SystemAdmin));
        yield return new(area, "专题", "/manage/topics", 50, TopicAccess.MayUse);
        yield return new(area, "首页布局", "/manage/home", 55, s => s.Has(StaffRole.Editor) || s.Has(StaffRole.SystemAdmin));
        yield return new(area, "信息报送", "/manage/submissions", 60, SubmissionAccess.MayUse);
    }
}
