namespace Dundian.Web.Projects;

/// <summary>The fields of the development-plan form; items are typed one per line.</summary>
public sealed class PlanForm
{
    public int? CampaignId { get; set; }
    public int? VillageId { get; set; }
    public int? GroupId { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Items { get; set; }
    public DateOnly? AdoptedOn { get; set; }

    public IEnumerable<string?> ItemLines() => (Items ?? "").Split('\n').Select(l => l.Trim());
}
