using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Org;

namespace Dundian.Core.Projects;

/// <summary>
/// 实事项目 done for a village in a campaign, with its support funds (扶助资金). Minimal for now: the
/// projects module will add milestones; the statistics read only what is here.
/// </summary>
public class PracticalProject
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
    /// <summary>Funds in fen (see <see cref="Money"/>).</summary>
    public long FundsFen { get; set; }
    public ProjectStatus Status { get; set; } = ProjectStatus.Planned;
    /// <summary>The day it was 落实 (implemented); null while planned.</summary>
    public DateOnly? ImplementedOn { get; set; }

    public decimal FundsYuan
    {
        get => Money.ToYuan(FundsFen);
        set => FundsFen = Money.ToFen(value);
    }

    public static readonly ProjectStatus[] Counted = [ProjectStatus.Implemented, ProjectStatus.Completed];
}
