using System.Globalization;
using Dundian.Core.Campaigns;
using Dundian.Core.Statistics;

namespace Dundian.Web.Campaigns;

/// <summary>
/// The dashboard's filters as GET query parameters (tier, orgUnitId, groupId, participantId, from, to), shared by
/// the dashboard, the drill-down pages and the JSON API so a link keeps the filter it was made under.
/// </summary>
public sealed class FigureQuery
{
    public CampaignTier? Tier { get; set; }
    public int? OrgUnitId { get; set; }
    public int? GroupId { get; set; }
    public int? ParticipantId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public IndicatorFilter ToFilter(int campaignId) => new()
    {
        CampaignId = campaignId, Tier = Tier, OrgUnitId = OrgUnitId, GroupId = GroupId,
        ParticipantId = ParticipantId, From = From, To = To,
    };

    /// <summary>"?tier=…&amp;from=…" with only the parameters that are set, or "" when none is.</summary>
    public string ToQueryString() => QueryString.Create(new Dictionary<string, string?>
    {
        ["tier"] = Tier?.ToString(), ["orgUnitId"] = Text(OrgUnitId), ["groupId"] = Text(GroupId),
        ["participantId"] = Text(ParticipantId), ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private static string? Text(int? n) => n?.ToString(CultureInfo.InvariantCulture);
}
