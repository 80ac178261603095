using Dundian.Core.Statistics;

namespace Dundian.Web.Portal;

/// <summary>The running campaign's live figures on the home page (computed from the records, as on its own page).</summary>
public sealed record HomeCampaignFigures(int CampaignId, string Name, IReadOnlyList<IndicatorValue> Values)
{
    public string Url => "/topics/campaign/" + CampaignId;
}
