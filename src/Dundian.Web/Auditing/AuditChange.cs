namespace Dundian.Web.Auditing;

/// <summary>One field of an audit entry in words: 字段, old value (null for a new or named entry), new value.</summary>
public sealed record AuditChange(string Field, string? From, string? To);
