using Dundian.Core.Campaigns;
using Dundian.Core.Common;
using Dundian.Core.Org;

namespace Dundian.Core.Projects;

/// <summary>
/// 实事项目 done for a village in a campaign, with its support funds (扶助资金), budget, milestones and progress.
/// The statistics read <see cref="FundsFen"/>, <see cref="Status"/> and <see cref="ImplementedOn"/> only;
/// <see cref="FundsFen"/> is kept equal to the sum of the funding sources whenever they are set
/// (<see cref="SetFunding"/>), so 项目扶助资金 counts the funds actually arranged, not the budget.
/// </summary>
public partial class PracticalProject
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
    public string? Description { get; set; }
    /// <summary>Planned total cost in fen; not counted by any indicator (funds are).</summary>
    public long BudgetFen { get; set; }
    /// <summary>The day it was completed (竣工/完成); null until then.</summary>
    public DateOnly? CompletedOn { get; set; }

    public List<ProjectFunding> Funding { get; set; } = [];
    public List<ProjectMilestone> Milestones { get; set; } = [];
    public List<ProjectProgress> Progress { get; set; } = [];

    public decimal FundsYuan
    {
        get => Money.ToYuan(FundsFen);
        set => FundsFen = Money.ToFen(value);
    }

    public static readonly ProjectStatus[] Counted = [ProjectStatus.Implemented, ProjectStatus.Completed];
}
