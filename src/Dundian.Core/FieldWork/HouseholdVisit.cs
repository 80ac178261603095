namespace Dundian.Core.FieldWork;

/// <summary>
/// One visit to a household of the register: when, by whom, what was done, and any consolation money. A visit
/// made during a stay links its <see cref="FieldLog"/> (date and visitor then come from the log); a visit entered in
/// the register itself carries its own date and visitor. The campaign's figures are counted from field logs only,
/// so a register visit never changes a figure — except that deleting one linked to a log takes it off that log's
/// 走访农户 (see <see cref="HouseholdService.DeleteVisitAsync"/>).
/// </summary>
public class HouseholdVisit
{
    public long Id { get; set; }
    public long? FieldLogId { get; set; }
    public FieldLog? FieldLog { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
    public bool Consoled { get; set; }
    /// <summary>Day of the visit; null for visits linked by a field log before the register kept dates (use the log's).</summary>
    public DateOnly? VisitedOn { get; set; }
    /// <summary>Who visited (names of cadres, public officials), when not taken from the log.</summary>
    public string? Visitors { get; set; }
    /// <summary>What was done (走访了解、送慰问金、协调解决…).</summary>
    public string? Notes { get; set; }
    /// <summary>慰问金 in fen, see <see cref="Common.Money"/>.</summary>
    public long ConsolationAmountFen { get; set; }
    public DateTime? CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
}
