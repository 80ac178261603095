namespace Dundian.Core.Submissions;

/// <summary>Ranking periods: 月度, 季度, 年度.</summary>
public enum PeriodKind { Month = 1, Quarter = 2, Year = 3 }
