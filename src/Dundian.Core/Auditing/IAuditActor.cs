namespace Dundian.Core.Auditing;

/// <summary>The person behind the current unit of work, supplied by the host (the web request).</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string? UserName { get; }
    string? IpAddress { get; }
}

/// <summary>Actor for work with no person behind it (start-up, demo data, background jobs).</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public string? UserId => null;
    public string? UserName => "system";
    public string? IpAddress => null;
}
