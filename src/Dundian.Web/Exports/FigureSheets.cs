using Dundian.Core.Statistics;
using Dundian.Documents;
using Dundian.Web.Campaigns;

namespace Dundian.Web.Exports;

/// <summary>
/// The dashboard's tables and a figure's drill-down as sheets. Numbers are written in the figure's own unit (元, not
/// the 万元 of the display), so a sum in Excel gives the same figure to the fen.
/// </summary>
public static class FigureSheets
{
    public static XlsxAsyncSheet Dashboard(string table, IReadOnlyList<IndicatorValue> values, IReadOnlyList<BreakdownRow> byGroup,
        IReadOnlyList<BreakdownRow> byVillage) => table switch
    {
        "figures" => new("据统计", ["指标", "数值", "单位", "显示为"],
            values.Cells(v => [v.Label, v.Value, v.Unit, v.DisplayValue + v.DisplayUnit])),
        "groups" => Breakdown("按调研组", "调研组", "组长", byGroup),
        _ => Breakdown("按联系村", "联系村", "调研组", byVillage),
    };

    private static XlsxAsyncSheet Breakdown(string name, string nameHeader, string detailHeader, IReadOnlyList<BreakdownRow> rows)
    {
        var columns = rows.FirstOrDefault()?.Values ?? [];
        return new XlsxAsyncSheet(name, [nameHeader, detailHeader, .. columns.Select(v => $"{v.Label}({v.Unit})")],
            rows.Cells(r => [r.Name, r.Detail, .. r.Values.Select(v => (object?)v.Value)]));
    }

    public static XlsxAsyncSheet DrillDown(IndicatorValue figure, IReadOnlyList<DrillDownRow> rows, Func<string, string> typeName)
    {
        var total = rows.Sum(r => r.Value);
        IEnumerable<IReadOnlyList<object?>> All()
        {
            var n = 0;
            foreach (var r in rows) yield return [++n, typeName(r.RecordType), r.Title, r.Place, r.From, r.To, r.Value];
            yield return [null, "合计", $"{rows.Count} 条记录", null, null, null, total];
        }
        return new XlsxAsyncSheet($"{figure.Label}明细", ["序号", "类型", "记录", "地点/所属", "开始日期", "结束日期", $"{figure.Label}({figure.Unit})"],
            All().Cells(r => r));
    }
}
