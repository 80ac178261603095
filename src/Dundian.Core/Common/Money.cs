namespace Dundian.Core.Common;

/// <summary>
/// Money is stored as whole fen (分, 1/100 yuan) in a 64-bit integer, not as decimal: EF Core 10 cannot
/// SUM or ORDER BY a decimal column on SQLite (it is stored as TEXT there), and a double would drift.
/// Integers sum exactly and identically on SQLite and PostgreSQL.
/// </summary>
public static class Money
{
    public static long ToFen(decimal yuan) => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero);

    public static decimal ToYuan(long fen) => fen / 100m;

    /// <summary>万元 with up to two decimals, trailing zeros trimmed: 65000 yuan → "6.5".</summary>
    public static string WanYuanText(decimal yuan) => (yuan / 10000m).ToString("0.##");
}
