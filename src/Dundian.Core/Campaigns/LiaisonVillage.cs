using Dundian.Core.Org;

namespace Dundian.Core.Campaigns;

/// <summary>联系村: a group's assignment to a village for a span of days (ToDate null = open).</summary>
public class LiaisonVillage
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public ResearchGroup? Group { get; set; }
    public int VillageId { get; set; }
    public OrgUnit? Village { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly? ToDate { get; set; }

    /// <summary>True when the assignment holds on every day from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Covers(DateOnly start, DateOnly end) => FromDate <= start && (ToDate is null || end <= ToDate);
}
