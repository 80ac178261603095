using Dundian.Core.FieldWork;

namespace Dundian.Core.Campaigns;

/// <summary>调研主题, registered by a participant or by a whole group; may end in a research report.</summary>
public class ResearchTopic
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
}
