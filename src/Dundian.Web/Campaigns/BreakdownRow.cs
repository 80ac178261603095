using Dundian.Core.Statistics;

namespace Dundian.Web.Campaigns;

/// <summary>One group or liaison village of a campaign with a few of its figures (same order as the header).</summary>
public sealed record BreakdownRow(int Id, string Name, string? Detail, IReadOnlyList<IndicatorValue> Values);
