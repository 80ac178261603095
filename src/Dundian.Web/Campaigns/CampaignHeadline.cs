using Dundian.Core.Statistics;

namespace Dundian.Web.Campaigns;

/// <summary>A campaign's few headline figures for a strip on another page (the home page's 专题 strip), with its page's address.</summary>
public sealed record CampaignHeadline(int CampaignId, string Name, string Url, IReadOnlyList<IndicatorValue> Figures);
