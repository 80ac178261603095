namespace Dundian.Web.Tests.Org;

/// <summary>
/// A small division file for 宁海县 (330226), a second county of 宁波市 beside the demo's 象山县: the county, its
/// 4 streets, 11 towns and 3 townships with their statistical codes (统计用区划代码, checked against public copies of
/// the table as far as we could; 一市镇 330226104 and its 山上方村 330226104201 are confirmed), and a few villages.
/// Village codes other than 山上方村's are generated (town code + 9xx, a range the real table does not use).
/// </summary>
public static class NinghaiDivisions
{
    public const string CountyCode = "330226000000";

    public static readonly (string Code, string Name)[] Towns =
    [
        ("330226001000", "跃龙街道"), ("330226002000", "桃源街道"), ("330226003000", "梅林街道"), ("330226004000", "桥头胡街道"),
        ("330226100000", "长街镇"), ("330226101000", "力洋镇"), ("330226104000", "一市镇"), ("330226105000", "岔路镇"),
        ("330226106000", "前童镇"), ("330226107000", "桑洲镇"), ("330226108000", "黄坛镇"), ("330226109000", "大佳何镇"),
        ("330226110000", "强蛟镇"), ("330226111000", "西店镇"), ("330226112000", "深甽镇"),
        ("330226200000", "胡陈乡"), ("330226201000", "茶院乡"), ("330226202000", "越溪乡"),
    ];

    public static readonly (string Code, string Name, string RuralUrban)[] Villages =
    [
        ("330226104201", "山上方村", "220"),
        ("330226001901", "下枫槎村", "220"),
        ("330226106901", "前童村", "220"),
        ("330226106902", "鹿山村", "220"),
    ];

    /// <summary>The file as a province's IT staff would export it: UTF-8 with BOM, parents before children.</summary>
    public static string Csv()
    {
        var lines = new List<string> { "统计用区划代码,名称,城乡分类代码", $"{CountyCode},宁海县," };
        lines.AddRange(Towns.Select(t => $"{t.Code},{t.Name},"));
        lines.AddRange(Villages.Select(v => $"{v.Code},{v.Name},{v.RuralUrban}"));
        return "\uFEFF" + string.Join("\r\n", lines) + "\r\n";
    }

    public static int UnitCount => 1 + Towns.Length + Villages.Length;
}
