using Dundian.Core.Accounts;
using Dundian.Web.Navigation;

namespace Dundian.Web.Accounts;

/// <summary>Menu entries of 系统: accounts and the audit log (system admins only), the org tree (admins and offices).</summary>
public sealed class SystemMenu : IManageMenu
{
    public IEnumerable<ManageMenuItem> Items()
    {
        var area = ManageAreas.System;
        yield return new(area, "用户管理", "/manage/users", 10, s => s.Has(StaffRole.SystemAdmin));
        yield return new(area, "审计日志", "/manage/audit", 20, s => s.Has(StaffRole.SystemAdmin));
        yield return new(area, "组织机构", "/manage/org-units", 30, Dundian.Web.Org.OrgUnitAccess.MayUse);
    }
}
