namespace Dundian.Core.Campaigns;

/// <summary>县级 or 镇乡(街道)级: both tiers run at the same time under the same org tree.</summary>
public enum CampaignTier
{
    County = 1,
    Township = 2,
}
