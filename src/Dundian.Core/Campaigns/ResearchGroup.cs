using Dundian.Core.Common;

namespace Dundian.Core.Campaigns;

/// <summary>调研组: a leader and members, stationed in one or more liaison villages.</summary>
public class ResearchGroup : IRetirable
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
    /// <summary>When the group was dissolved or merged into another; null while active. Set only by <see cref="Retire"/>.</summary>
    public DateTime? RetiredAt { get; private set; }
    public string? RetireReason { get; private set; }

    /// <summary>撤销: kept with everything recorded on it (figures unchanged), hidden from pickers, refused for new work.</summary>
    public void Retire(string? reason, DateTime atUtc)
    {
        RetireReason = Retirement.Check(this, reason, Name, "撤销");
        RetiredAt = atUtc;
    }
}
