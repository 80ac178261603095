namespace Dundian.Web.Api.Write;

/// <summary>Where a concern stands: status, unit handling it, due date, result, and its public history (masked).</summary>
public sealed record ConcernStatusView(string TrackingNumber, string Status, string StatusName, string? Category, string? Village,
    string? AssignedUnit, DateTime ReceivedAt, DateTime? DueAt, DateTime? ResolvedAt, string? Result,
    IReadOnlyList<ConcernStatusView.Step> History)
{
    public sealed record Step(DateTime At, string Status, string StatusName, string? Note);
}
