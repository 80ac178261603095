namespace Dundian.Core.FieldWork;

/// <summary>Links a field log to a household of the register it visited (optional detail of the count).</summary>
public class HouseholdVisit
{
    public long Id { get; set; }
    public long FieldLogId { get; set; }
    public FieldLog? FieldLog { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
    public bool Consoled { get; set; }
}
