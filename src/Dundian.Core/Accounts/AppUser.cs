using Microsoft.AspNetCore.Identity;

namespace Dundian.Core.Accounts;

/// <summary>A staff account. Residents never need one.</summary>
public class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    /// <summary>Set for a password someone else chose (first admin, a reset): the user must replace it.</summary>
    public bool MustChangePassword { get; set; }
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<RoleGrant> Grants { get; set; } = [];
}
