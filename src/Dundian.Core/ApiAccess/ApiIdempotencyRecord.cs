namespace Dundian.Core.ApiAccess;

/// <summary>
/// The answer given to a POST that carried an <c>Idempotency-Key</c>, kept for <see cref="ApiTokenService.IdempotencyHours"/>
/// hours so a retry from a flaky network gets the same answer instead of filing twice. Written in the same transaction
/// as the record it answers for: either both exist or neither. Unique per token and key.
/// </summary>
public class ApiIdempotencyRecord
{
    public long Id { get; set; }
    public int TokenId { get; set; }
    public required string Key { get; set; }
    /// <summary>The endpoint (e.g. <c>POST /api/v1/field-logs</c>): a key reused on another endpoint is a different request.</summary>
    public required string Operation { get; set; }
    /// <summary>SHA-256 of the request as read (canonical JSON): the same key with another body is refused.</summary>
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public string? Location { get; set; }
    /// <summary>The JSON answered; for a concern it holds the query code, so it is kept out of the audit log and purged.</summary>
    public required string ResponseBody { get; set; }
    public DateTime CreatedAt { get; set; }
}
