using Dundian.Core.Org;

namespace Dundian.Core.Accounts;

/// <summary>A role held on an org unit; it covers the unit and all its descendants.</summary>
public class RoleGrant
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public StaffRole Role { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
}
