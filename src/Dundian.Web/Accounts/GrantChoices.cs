using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Dundian.Core.Org;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Web.Accounts;

/// <summary>The roles and org units a SystemAdmin may grant, and the server-side check of a posted grant.</summary>
public class GrantChoices(DundianDbContext db)
{
    public static IReadOnlyList<SelectListItem> Roles { get; } = Enum.GetValues<StaffRole>()
        .Select(r => new SelectListItem(StaffRoleNames.Of(r), r.ToString())).ToList();

    /// <summary>Org units inside the admin's SystemAdmin scope, in tree order, indented by depth.</summary>
    public async Task<List<SelectListItem>> UnitsAsync(StaffScope scope, CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        return OrgUnitChoice.InTreeOrder(units, scope.PathsFor(StaffRole.SystemAdmin))
            .Select(c => new SelectListItem(c.Label, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>The unit of a posted grant, or the Chinese reason why the admin may not make it.</summary>
    public async Task<(OrgUnit? Unit, string? Error)> CheckAsync(StaffScope scope, GrantInput input, CancellationToken ct = default)
    {
        if (input.Role is not { } role || !Enum.IsDefined(role)) return (null, "请选择有效的角色。");
        var unit = input.OrgUnitId is { } id ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) : null;
        if (unit is null) return (null, "所选组织不存在。");
        if (!scope.CoversUnit(unit.Path)) return (null, $"您无权在“{unit.Name}”授予角色:该组织不在您的管理范围内。");
        return (unit, null);
    }
}
