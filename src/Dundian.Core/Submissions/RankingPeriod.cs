using Dundian.Core.Common;

namespace Dundian.Core.Submissions;

/// <summary>A calendar month, quarter or year in China time, as a UTC range [FromUtc, ToUtc).</summary>
public sealed record RankingPeriod(PeriodKind Kind, int Year, int Number)
{
    public static RankingPeriod Create(PeriodKind kind, int year, int number)
    {
        if (year is < 2000 or > 2100) throw new ValidationException("year", "年份不正确。");
        var max = kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, _ => 1 };
        if (kind == PeriodKind.Year) number = 1;
        if (number < 1 || number > max) throw new ValidationException("number", kind == PeriodKind.Month ? "月份应为 1–12。" : "季度应为 1–4。");
        return new RankingPeriod(kind, year, number);
    }

    /// <summary>The period that contains <paramref name="utc"/>.</summary>
    public static RankingPeriod Containing(PeriodKind kind, DateTime utc)
    {
        var local = ChinaTime.ToLocal(utc);
        return Create(kind, local.Year, kind switch { PeriodKind.Month => local.Month, PeriodKind.Quarter => (local.Month + 2) / 3, _ => 1 });
    }

    private DateTime LocalStart => Kind switch
    {
        PeriodKind.Month => new DateTime(Year, Number, 1),
        PeriodKind.Quarter => new DateTime(Year, (Number - 1) * 3 + 1, 1),
        _ => new DateTime(Year, 1, 1),
    };

    public DateTime FromUtc => ChinaTime.ToUtc(LocalStart);

    public DateTime ToUtc => ChinaTime.ToUtc(Kind switch
    {
        PeriodKind.Month => LocalStart.AddMonths(1),
        PeriodKind.Quarter => LocalStart.AddMonths(3),
        _ => LocalStart.AddYears(1),
    });

    public string Name => Kind switch
    {
        PeriodKind.Month => $"{Year}年{Number}月",
        PeriodKind.Quarter => $"{Year}年第{Number}季度",
        _ => $"{Year}年",
    };
}
