using Dundian.Core.Statistics;

namespace Dundian.Core.Bulletins;

/// <summary>
/// A printed figure beside today's value under the same filter and cut-off. The difference is explained by records:
/// <see cref="Added"/> count today but were not behind the printed figure (entered or back-dated after issue),
/// <see cref="Removed"/> were behind it and count no more (withdrawn, returned, deleted), <see cref="Changed"/>
/// are the same records with another contribution (a corrected log).
/// </summary>
public sealed record FigureComparison(BulletinFigure Printed, IndicatorValue Today,
    IReadOnlyList<DrillDownRow> Added, IReadOnlyList<DrillDownRow> Removed, IReadOnlyList<DrillDownRow> Changed)
{
    public bool Same => Printed.Value == Today.Value && Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    public static FigureComparison Of(BulletinFigure printed, IndicatorValue today, IReadOnlyList<DrillDownRow> todayRows)
    {
        var then = ByRecord(printed.Records);
        var now = ByRecord(todayRows);
        return new FigureComparison(printed, today,
            now.Where(r => !then.ContainsKey(r.Key)).Select(r => r.Value).ToList(),
            then.Where(r => !now.ContainsKey(r.Key)).Select(r => r.Value).ToList(),
            now.Where(r => then.TryGetValue(r.Key, out var old) && old.Value != r.Value.Value).Select(r => r.Value).ToList());
    }

    // A record may appear more than once in a drill-down; its contributions are added up.
    private static Dictionary<(string, long), DrillDownRow> ByRecord(IEnumerable<DrillDownRow> rows) => rows
        .GroupBy(r => (r.RecordType, r.RecordId))
        .ToDictionary(g => g.Key, g => g.First() with { Value = g.Sum(r => r.Value) });

    /// <summary>One Chinese sentence: why today's figure is not the printed one (or that it is the same).</summary>
    public string Explanation
    {
        get
        {
            if (Same) return "与印发时一致";
            var parts = new List<string>();
            if (Added.Count > 0) parts.Add($"印发后补录截止日前的记录{Added.Count}条");
            if (Removed.Count > 0) parts.Add($"印发时计入的记录中有{Removed.Count}条已撤销或退回");
            if (Changed.Count > 0) parts.Add($"{Changed.Count}条记录的数值被更正");
            return parts.Count == 0 ? "统计口径调整" : string.Join(";", parts);
        }
    }
}
