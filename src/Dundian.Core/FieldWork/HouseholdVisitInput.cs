namespace Dundian.Core.FieldWork;

/// <summary>One visit entered in the register; <see cref="FieldLogId"/> links it to the stay it was made in.</summary>
public sealed class HouseholdVisitInput
{
    public long? FieldLogId { get; set; }
    public DateOnly? VisitedOn { get; set; }
    public string? Visitors { get; set; }
    public string? Notes { get; set; }
    public decimal? ConsolationAmountYuan { get; set; }
}
