namespace Dundian.Web.Api.Write;

/// <summary>
/// The answer to a filed concern: the tracking number and the query code the resident needs to follow it on the portal
/// (/concerns/track). The code is shown here only (and to a retry with the same Idempotency-Key within 24 hours).
/// </summary>
public sealed record ConcernCreated(int Id, string TrackingNumber, string QueryCode, string Status, string StatusName, DateTime ReceivedAt);
