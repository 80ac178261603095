using Dundian.Core.Accounts;
using Dundian.Web.Navigation;

namespace Dundian.Web.Accounts;

/// <summary>Menu entries of 系统: accounts and the audit log (system admins only), the org tree (admins and offices), API tokens (everyone).</summary>
public sealed class SystemMenu : IManageMenu
{
    public IEnumerable<ManageMenuItem> Items()
    {
        var area = ManageAreas.System;
        yield return new(area, "用户管理", "/manage/users", 10, s => s.Has(StaffRole.SystemAdmin));
        yield return new(area, "审计日志", "/manage/audit", 20, s => s.Has(StaffRole.SystemAdmin));
        yield return new(area, "组织机构", "/manage/org-units", 30, Dundian.Web.Org.OrgUnitAccess.MayUse);
        // Any staff member may hold tokens for himself (a cadre's mobile app); system tokens are for SystemAdmins.
        yield return new(area, "API 令牌", "/manage/api-tokens", 40, s => s.Grants.Count > 0);
    }
}
