namespace Dundian.Core.Org;

/// <summary>
/// Rules of the 12-digit statistical division code (统计用区划代码): 2 digits province, 2 city, 2 county, 3 town,
/// 3 village; a unit's code is its significant digits padded with zeros, so the level and the parent's code follow
/// from the code alone (330226104201 → town 330226104000 → county 330226000000 → city 330200000000 → province
/// 330000000000).
/// </summary>
public static class DivisionCode
{
    public const int Length = 12;

    /// <summary>Significant digits per level: 2, 4, 6, 9, 12.</summary>
    public static int Digits(OrgLevel level) => level switch
    {
        OrgLevel.Province => 2,
        OrgLevel.City => 4,
        OrgLevel.County => 6,
        OrgLevel.Town => 9,
        _ => 12,
    };

    /// <summary>A Chinese message when <paramref name="code"/> is not 12 digits, else null.</summary>
    public static string? Problem(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return "统计用区划代码不能为空";
        if (code.Length != Length || !code.All(char.IsAsciiDigit))
            return $"统计用区划代码“{code}”应为 12 位数字(当前 {code.Length} 位)";
        if (code[..2] == "00") return $"统计用区划代码“{code}”的省级代码不能为 00";
        return null;
    }

    /// <summary>The level a well-formed code denotes: the shortest prefix followed only by zeros.</summary>
    public static OrgLevel LevelOf(string code)
    {
        if (code[2..] == "0000000000") return OrgLevel.Province;
        if (code[4..] == "00000000") return OrgLevel.City;
        if (code[6..] == "000000") return OrgLevel.County;
        if (code[9..] == "000") return OrgLevel.Town;
        return OrgLevel.Village;
    }

    /// <summary>The parent's code (the code cut to the level above and padded), or null for a province.</summary>
    public static string? ParentOf(string code)
    {
        var level = LevelOf(code);
        if (level == OrgLevel.Province) return null;
        var keep = Digits(level - 1);
        return code[..keep] + new string('0', Length - keep);
    }

    /// <summary>True when <paramref name="code"/> lies under <paramref name="ancestor"/> (or is it).</summary>
    public static bool IsUnder(string code, string ancestor) =>
        code.StartsWith(ancestor[..Digits(LevelOf(ancestor))], StringComparison.Ordinal);
}
