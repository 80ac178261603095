namespace Dundian.Core.Campaigns;

/// <summary>调研组: a leader and members, stationed in one or more liaison villages.</summary>
public class ResearchGroup
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public required string Name { get; set; }
    public int? LeaderId { get; set; }
    public Participant? Leader { get; set; }
    public List<Participant> Members { get; set; } = [];
    public List<LiaisonVillage> LiaisonVillages { get; set; } = [];
    public int SortOrder { get; set; }
}
