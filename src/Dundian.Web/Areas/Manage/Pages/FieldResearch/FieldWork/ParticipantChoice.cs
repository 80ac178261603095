namespace Dundian.Web.Areas.Manage.Pages.FieldWork;

/// <summary>A participant the signed-in user may record a stay for, with his group's liaison villages.</summary>
public sealed record ParticipantChoice(int Id, string Label, string? GroupName, IReadOnlyList<(int Id, string Name)> Villages,
    DateOnly CampaignStart, DateOnly CampaignEnd);
