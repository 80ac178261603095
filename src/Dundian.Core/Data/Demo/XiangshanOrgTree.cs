namespace Dundian.Core.Data.Demo;

/// <summary>
/// 宁波市 → 象山县 → its 18 towns and streets → villages. Town and street names are Xiangshan's real ones;
/// 东门渔村 (石浦镇) and 桥头林村 (丹东街道) come from the seed. The other village names are demo data
/// and stand for real ones only by chance. The first village listed for each town is its liaison village
/// in the demo campaign (18 towns, 18 liaison villages).
/// Codes are 12-digit statistical division codes (统计用区划代码): 宁波市, 象山县 and the towns/streets carry their
/// real ones (town code = the 9 digits given here + 000), so a division file for another county of 宁波市 attaches
/// under the demo city. The demo villages carry generated codes <see cref="VillageCode"/>: their town's 9 digits + 9
/// + a two-digit number. Real village codes never use 9xx, so the generated ones cannot collide with an imported
/// real village.
/// </summary>
internal static class XiangshanOrgTree
{
    public const string City = "宁波市";
    public const string CityCode = "330200000000";
    public const string County = "象山县";
    public const string CountyCode = "330225000000";

    public static readonly (string Town, string TownCode, string[] Villages)[] Towns =
    [
        ("丹东街道", "330225001", ["桥头林村", "丹城村", "东谷村", "赖家村"]),
        ("丹西街道", "330225002", ["大林村", "后岭村", "西寺村"]),
        ("爵溪街道", "330225003", ["下沙村", "东塘村", "南门村"]),
        ("石浦镇", "330225100", ["东门渔村", "番西村", "沙塘湾村", "延昌村"]),
        ("西周镇", "330225101", ["儒雅洋村", "上张村", "下沈村"]),
        ("鹤浦镇", "330225102", ["小百丈村", "大岙村", "南田村"]),
        ("贤庠镇", "330225103", ["贤庠村", "昌国村", "北岙村"]),
        ("墙头镇", "330225104", ["方家岙村", "墙头村", "溪口村"]),
        ("泗洲头镇", "330225105", ["泗洲头村", "墩岙村", "里岙村"]),
        ("定塘镇", "330225106", ["定塘村", "小湾村", "中岙村"]),
        ("涂茨镇", "330225107", ["旭拱岙村", "涂茨村", "玉泉村"]),
        ("大徐镇", "330225108", ["大徐村", "杉木洋村", "降渚村"]),
        ("新桥镇", "330225109", ["新桥村", "高湫村", "石门村"]),
        ("东陈乡", "330225200", ["东陈村", "旦门村", "红庙村"]),
        ("晓塘乡", "330225201", ["晓塘村", "月楼村", "黄溪村"]),
        ("黄避岙乡", "330225202", ["塔头旺村", "黄避岙村", "高泥村"]),
        ("茅洋乡", "330225203", ["白岩下村", "茅洋村", "溪里方村"]),
        ("高塘岛乡", "330225204", ["花岙村", "高塘村", "大佳何村"]),
    ];

    /// <summary>The generated code of the <paramref name="number"/>th (1-based) demo village of a town.</summary>
    public static string VillageCode(string townCode, int number) => $"{townCode}9{number:00}";

    /// <summary>Units valid from this day in the demo; merges after it keep the old rows with a ValidTo.</summary>
    public static readonly DateOnly ValidFrom = new(2000, 1, 1);
}
