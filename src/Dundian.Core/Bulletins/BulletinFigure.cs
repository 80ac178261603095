using System.Text.Json;
using Dundian.Core.Statistics;

namespace Dundian.Core.Bulletins;

/// <summary>
/// A figure as printed in an issued bulletin, frozen at issue: the value and how it was printed, the filter and cut-off
/// it was computed under, and the records behind it (type, id and each record's contribution) as the statistics'
/// drill-down listed them then. Never updated: "today" is computed again from the same filter and compared.
/// </summary>
public class BulletinFigure
{
    public int Id { get; set; }
    public int BulletinId { get; set; }
    public int SortOrder { get; set; }
    public string IndicatorKey { get; set; } = "";
    public string Label { get; set; } = "";
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
    public string DisplayValue { get; set; } = "";
    public string DisplayUnit { get; set; } = "";
    public DateOnly CutOff { get; set; }
    /// <summary>The <see cref="IndicatorFilter"/> as JSON.</summary>
    public string FilterJson { get; set; } = "{}";
    /// <summary>The drill-down rows (<see cref="DrillDownRow"/>) as JSON.</summary>
    public string RecordsJson { get; set; } = "[]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IndicatorFilter Filter => JsonSerializer.Deserialize<IndicatorFilter>(FilterJson, Json)!;

    public IReadOnlyList<DrillDownRow> Records => JsonSerializer.Deserialize<List<DrillDownRow>>(RecordsJson, Json)!;

    public static BulletinFigure Freeze(int order, IndicatorValue value, IndicatorFilter filter, IReadOnlyList<DrillDownRow> rows) => new()
    {
        SortOrder = order, IndicatorKey = value.Key, Label = value.Label, Value = value.Value, Unit = value.Unit,
        DisplayValue = value.DisplayValue, DisplayUnit = value.DisplayUnit, CutOff = filter.To!.Value,
        FilterJson = JsonSerializer.Serialize(filter, Json), RecordsJson = JsonSerializer.Serialize(rows, Json),
    };
}
