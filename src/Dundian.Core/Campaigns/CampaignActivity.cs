namespace Dundian.Core.Campaigns;

/// <summary>活动载体: one of the campaign's designed activities (the seed's county plan has 10).</summary>
public class CampaignActivity
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
}
