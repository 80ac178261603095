namespace Dundian.Web.Newsroom;

public static class ReviewLevelNames
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一审, 2 → 二审 …</summary>
    public static string Of(int level) => (level is > 0 and < 10 ? Digits[level] : level.ToString()) + "审";

    /// <summary>3 → 三审制 (how many levels a channel has).</summary>
    public static string Count(int levels) => Of(levels) + "制";
}
