using Dundian.Core.FieldWork;
using Dundian.Web.Navigation;
using Dundian.Web.Projects;
using Dundian.Core.Campaigns;
using Dundian.Core.Projects;

namespace Dundian.Web.Campaigns;

/// <summary>Menu entries of 蹲点调研: field work, the register, figures, set-up, practical projects and plans.</summary>
public sealed class CampaignMenu : IManageMenu
{
    public IEnumerable<ManageMenuItem> Items()
    {
        var area = ManageAreas.Campaign;
        yield return new(area, "蹲点日志", "/manage/field-logs", 10, s => s.DoesFieldWork());
        yield return new(area, "蹲点手记", "/manage/writings/notes", 20, s => s.DoesFieldWork()) { AlsoUnder = ["/manage/writings"] };
        yield return new(area, "调研报告", "/manage/writings/reports", 21, s => s.DoesFieldWork());
        yield return new(area, "民情台账", "/manage/households", 30, HouseholdService.MayUse);
        yield return new(area, "蹲点调研活动", "/manage/campaigns", 40, s => s.IsOffice());
        yield return new(area, "活动设置", "/manage/campaigns/setup", 50, s => s.IsOffice()) { AlsoUnder = ["/manage/campaigns/edit"] };
        yield return new(area, "实事项目", "/manage/projects", 60, ProjectAccess.MayUse);
        yield return new(area, "发展计划", "/manage/plans", 70, ProjectAccess.MayUse);
        yield return new(area, "简报", "/manage/bulletins", 80, Dundian.Web.Bulletins.BulletinAccess.MayUse);
    }
}
