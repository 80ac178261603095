namespace Dundian.Core.FieldWork;

/// <summary>Chinese names of <see cref="HardshipKind"/>.</summary>
public static class HardshipKindNames
{
    public static string Of(HardshipKind kind) => kind switch
    {
        HardshipKind.Illness => "因病致困",
        HardshipKind.Disability => "因残致困",
        HardshipKind.Education => "因学致困",
        HardshipKind.LackOfLabour => "缺少劳动力",
        HardshipKind.Disaster => "因灾致困",
        HardshipKind.LowIncome => "低保户",
        HardshipKind.LoneElderly => "孤寡老人",
        _ => "其他",
    };

    public static IReadOnlyList<HardshipKind> All { get; } = Enum.GetValues<HardshipKind>().OrderBy(k => k == HardshipKind.Other).ThenBy(k => k).ToList();
}
