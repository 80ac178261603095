namespace Dundian.Web.Accounts;

/// <summary>Authorization policy names. Scope (which org units) is checked with <see cref="StaffScopeExtensions"/>.</summary>
public static class Policies
{
    public const string Staff = "Staff";
    public const string SystemAdmin = "SystemAdmin";
}
