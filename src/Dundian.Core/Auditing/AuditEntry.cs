namespace Dundian.Core.Auditing;

/// <summary>One staff action: who, when, what, from where. Written in the same transaction as the change.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? IpAddress { get; set; }
    /// <summary>Insert, Update, Delete, or a named action such as Login, LoginFailed, LockedOut.</summary>
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public string? EntityKey { get; set; }
    /// <summary>Changed fields as JSON; secrets (password hashes, stamps) are never written here.</summary>
    public string? Details { get; set; }
}
