using Dundian.Core.Common;
using Dundian.Core.FieldWork;

namespace Dundian.Core.Campaigns;

/// <summary>调研主题, registered by a participant or by a whole group; may end in a research report.</summary>
public class ResearchTopic : IRetirable
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public TopicStatus Status { get; set; } = TopicStatus.Registered;
    public int? ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    public int? GroupId { get; set; }
    public ResearchGroup? Group { get; set; }
    public int? ReportId { get; set; }
    public ResearchReport? Report { get; set; }

    /// <summary>When the topic was dropped or merged into another; null while active. Set only by <see cref="Retire"/>.</summary>
    public DateTime? RetiredAt { get; private set; }
    public string? RetireReason { get; private set; }

    /// <summary>撤销: kept with everything recorded on it (figures unchanged), hidden from pickers, refused for new work.</summary>
    public void Retire(string? reason, DateTime atUtc)
    {
        RetireReason = Retirement.Check(this, reason, Title, "撤销");
        RetiredAt = atUtc;
    }
}
