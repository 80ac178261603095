namespace Dundian.Core.Concerns;

/// <summary>Which day puts a concern in a metrics period.</summary>
public enum ConcernPeriodBasis
{
    /// <summary>受理日期: the concerns received in the period, as they stand now.</summary>
    Received = 0,
    /// <summary>
    /// 办结日期: the concerns resolved in the period, plus those still open whose due date fell in it — so a period's
    /// on-time rate also counts what was due then and is still not done.
    /// </summary>
    Resolved = 1,
}
