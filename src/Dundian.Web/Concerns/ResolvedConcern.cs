using Dundian.Core.Concerns;

namespace Dundian.Web.Concerns;

/// <summary>One row of the public list of resolved concerns; the reporter's name is already masked.</summary>
public sealed record ResolvedConcern(string TrackingNumber, string Category, string Village, string Description,
    string MaskedReporter, string Result, DateTime? ResolvedAt, Satisfaction? Satisfaction);
