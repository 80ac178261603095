using Dundian.Core.Campaigns;

namespace Dundian.Web.Campaigns;

/// <summary>A research topic's fields as posted (Input.*). Exactly one of participant and group registers it.</summary>
public sealed class TopicForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public TopicStatus Status { get; set; } = TopicStatus.Registered;
    public int? ParticipantId { get; set; }
    public int? GroupId { get; set; }
    public int? ReportId { get; set; }

    public static TopicForm From(ResearchTopic t) => new()
    {
        Title = t.Title, Summary = t.Summary, Status = t.Status, ParticipantId = t.ParticipantId, GroupId = t.GroupId, ReportId = t.ReportId,
    };
}
