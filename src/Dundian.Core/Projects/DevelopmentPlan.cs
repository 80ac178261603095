using Dundian.Core.Campaigns;
using Dundian.Core.Org;

namespace Dundian.Core.Projects;

/// <summary>发展计划 a village (or its households) adopted with the campaign's help.</summary>
public class DevelopmentPlan
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public int VillageId { get; set; }
    public OrgUnit? Village { get; set; }
    /// <summary>Copied village path for roll-ups (see FieldLog.VillagePath).</summary>
    public string VillagePath { get; set; } = "/";
    public int? GroupId { get; set; }
    public ResearchGroup? Group { get; set; }
    public required string Title { get; set; }
    public DateOnly AdoptedOn { get; set; }
}
