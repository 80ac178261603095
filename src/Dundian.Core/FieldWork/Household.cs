using Dundian.Core.Common;
using Dundian.Core.Org;

namespace Dundian.Core.FieldWork;

/// <summary>
/// 困难户 / 民情台账 entry. Name, phone and ID number are personal data: staff outside the household's scope see
/// them masked (王**, 138****1234, see <see cref="HouseholdService"/>), and no public page shows them at all.
/// </summary>
public class Household : IRetirable
{
    public int Id { get; set; }
    public int VillageId { get; set; }
    public OrgUnit? Village { get; set; }
    public required string HeadName { get; set; }
    public string? Phone { get; set; }
    /// <summary>身份证号 of the head of household (optional; kept for 低保/救助 paperwork).</summary>
    public string? IdNumber { get; set; }
    /// <summary>困难类型, the register's filter.</summary>
    public HardshipKind Kind { get; set; } = HardshipKind.Other;
    public string? Situation { get; set; }
    public string? HelpGiven { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public List<HouseholdVisit> Visits { get; set; } = [];

    /// <summary>When the household left the register (脱困, 迁出, 户主去世); null while active. Set only by <see cref="Retire"/>.</summary>
    public DateTime? RetiredAt { get; private set; }
    public string? RetireReason { get; private set; }

    /// <summary>移出台账: kept with everything recorded on it (figures unchanged), hidden from pickers, refused for new work.</summary>
    public void Retire(string? reason, DateTime atUtc)
    {
        RetireReason = Retirement.Check(this, reason, HeadName, "移出台账");
        RetiredAt = atUtc;
    }
}
