using Dundian.Core.Campaigns;

namespace Dundian.Web.Campaigns;

/// <summary>The fields of a participant as posted (Input.*); the account is named by its user name.</summary>
public sealed class ParticipantForm
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Unit { get; set; }
    public ParticipantCategory Category { get; set; } = ParticipantCategory.DepartmentHead;
    public int? GroupId { get; set; }
    public string? UserName { get; set; }

    public static ParticipantForm From(Participant p) => new()
    {
        Name = p.Name, Title = p.Title, Unit = p.Unit, Category = p.Category, GroupId = p.GroupId, UserName = p.User?.UserName,
    };

    public void ApplyTo(Participant p)
    {
        p.Name = (Name ?? "").Trim();
        p.Title = string.IsNullOrWhiteSpace(Title) ? null : Title.Trim();
        p.Unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        p.Category = Category;
        p.GroupId = GroupId;
        CampaignSetup.CheckParticipant(p);
    }
}
