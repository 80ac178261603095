namespace Dundian.Core.Common;

/// <summary>
/// Times are stored in UTC and shown in China Standard Time. China has had no daylight saving since 1991,
/// so a fixed +08:00 is used when the host has no time-zone database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = Find();

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间"); }
    }

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>The seed's date form: 2007/5/8.</summary>
    public static string ShortDate(DateTime utc) => ToLocal(utc).ToString("yyyy/M/d");

    public static string DateTimeText(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd HH:mm");
}
