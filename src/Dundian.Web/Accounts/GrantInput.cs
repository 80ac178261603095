using System.ComponentModel.DataAnnotations;
using Dundian.Core.Accounts;

namespace Dundian.Web.Accounts;

/// <summary>A role to grant on an org unit, as posted by the user-management forms.</summary>
public sealed class GrantInput
{
    [Required(ErrorMessage = "请选择角色")]
    [Display(Name = "角色")]
    public StaffRole? Role { get; set; }

    [Required(ErrorMessage = "请选择组织")]
    [Display(Name = "组织")]
    public int? OrgUnitId { get; set; }
}
