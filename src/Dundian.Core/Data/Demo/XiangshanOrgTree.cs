namespace Dundian.Core.Data.Demo;

/// <summary>
/// 宁波市 → 象山县 → its 18 towns and streets → villages. Town and street names are Xiangshan's real ones;
/// 东门渔村 (石浦镇) and 桥头林村 (丹东街道) come from the seed. The other village names are demo data
/// and stand for real ones only by chance. The first village listed for each town is its liaison village
/// in the demo campaign (18 towns, 18 liaison villages).
/// </summary>
internal static class XiangshanOrgTree
{
    public const string City = "宁波市";
    public const string CityCode = "330200";
    public const string County = "象山县";
    public const string CountyCode = "330225";

    public static readonly (string Town, string[] Villages)[] Towns =
    [
        ("丹东街道", ["桥头林村", "丹城村", "东谷村", "赖家村"]),
        ("丹西街道", ["大林村", "后岭村", "西寺村"]),
        ("爵溪街道", ["下沙村", "东塘村", "南门村"]),
        ("石浦镇", ["东门渔村", "番西村", "沙塘湾村", "延昌村"]),
        ("西周镇", ["儒雅洋村", "上张村", "下沈村"]),
        ("鹤浦镇", ["小百丈村", "大岙村", "南田村"]),
        ("贤庠镇", ["贤庠村", "昌国村", "北岙村"]),
        ("墙头镇", ["方家岙村", "墙头村", "溪口村"]),
        ("泗洲头镇", ["泗洲头村", "墩岙村", "里岙村"]),
        ("定塘镇", ["定塘村", "小湾村", "中岙村"]),
        ("涂茨镇", ["旭拱岙村", "涂茨村", "玉泉村"]),
        ("大徐镇", ["大徐村", "杉木洋村", "降渚村"]),
        ("新桥镇", ["新桥村", "高湫村", "石门村"]),
        ("东陈乡", ["东陈村", "旦门村", "红庙村"]),
        ("晓塘乡", ["晓塘村", "月楼村", "黄溪村"]),
        ("黄避岙乡", ["塔头旺村", "黄避岙村", "高泥村"]),
        ("茅洋乡", ["白岩下村", "茅洋村", "溪里方村"]),
        ("高塘岛乡", ["花岙村", "高塘村", "大佳何村"]),
    ];

    /// <summary>Units valid from this day in the demo; merges after it keep the old rows with a ValidTo.</summary>
    public static readonly DateOnly ValidFrom = new(2000, 1, 1);
}
