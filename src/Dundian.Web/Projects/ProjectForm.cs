namespace Dundian.Web.Projects;

/// <summary>The fields of the practical-project form (new and edit); the rules are on the entity.</summary>
public sealed class ProjectForm
{
    public const int FundingLines = 5;

    public int? CampaignId { get; set; }
    public int? VillageId { get; set; }
    public int? GroupId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public decimal? BudgetYuan { get; set; }
    /// <summary>Funding sources; the form shows <see cref="FundingLines"/> rows, empty ones are ignored.</summary>
    public List<FundingLine> Funding { get; set; } = [];

    public sealed class FundingLine
    {
        public string? Source { get; set; }
        public decimal? Yuan { get; set; }
    }

    public IReadOnlyList<(string? Source, decimal? Yuan)> FundingLinesEntered() => Funding.Select(f => (f.Source, f.Yuan)).ToList();

    /// <summary>Pads the funding rows to <see cref="FundingLines"/> (at least one empty row to add a source).</summary>
    public void PadFunding()
    {
        while (Funding.Count < FundingLines || Funding.All(f => !string.IsNullOrWhiteSpace(f.Source))) Funding.Add(new FundingLine());
    }
}
