namespace Dundian.Web.Campaigns;

/// <summary>A research group's fields, and the liaison village being added, as posted (Input.*).</summary>
public sealed class GroupForm
{
    public string? Name { get; set; }
    public int? LeaderId { get; set; }
    public int SortOrder { get; set; }
    public int VillageId { get; set; }
    public DateOnly? FromDate { get; set; }
    public DateOnly? ToDate { get; set; }
}
