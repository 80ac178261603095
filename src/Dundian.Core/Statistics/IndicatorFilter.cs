using Dundian.Core.Campaigns;

namespace Dundian.Core.Statistics;

/// <summary>
/// Which records a figure is computed from. Every part is optional and they combine with AND.
/// <list type="bullet">
/// <item>OrgUnitId: the unit and all its descendants (materialised-path prefix).</item>
/// <item>ParticipantId: personal records (logs, notes, reports) of that person; group-owned records
/// (projects, plans, groups, villages, topics) of his group, since they are not attributed to one person.</item>
/// <item>From/To (inclusive): a stay counts the days it has inside the period, its other figures when it
/// starts inside the period; notes and reports by submission day, projects by implementation day, plans by
/// adoption day. Structural figures (groups, villages, participants, topics) ignore the period.</item>
/// </list>
/// Field-log figures of a filter without a period are read from pre-aggregated per-person totals, those of a period of
/// whole months (a month, a quarter, a year) from per-person monthly totals — fast at any level of the tree; any other
/// period makes them computed from the logs themselves, since it can cut through a month's stays.
/// </summary>
public sealed record IndicatorFilter
{
    public int? CampaignId { get; init; }
    public CampaignTier? Tier { get; init; }
    public int? OrgUnitId { get; init; }
    public int? GroupId { get; init; }
    public int? ParticipantId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
