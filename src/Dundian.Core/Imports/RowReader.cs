using System.Globalization;
using Dundian.Core.Common;

namespace Dundian.Core.Imports;

/// <summary>
/// Reads the cells of one import row, adding every problem to the batch's list as 「第N行:…」, so a row reports all
/// its problems at once and every import words them the same way (dates, times, whole numbers, yuan, text limits,
/// choices from a drop-down). A reader returns null/0 for a bad cell; <see cref="Failed"/> tells whether this row
/// added a problem.
/// </summary>
public sealed class RowReader(ImportRow row, List<string> problems)
{
    private readonly int before = problems.Count;
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];
    private static readonly string[] TimeFormats =
        ["yyyy-M-d H:m", "yyyy-M-d H:m:s", "yyyy/M/d H:m", "yyyy/M/d H:m:s", "yyyy年M月d日 H:m", "yyyy年M月d日H时m分",
         "yyyy-M-d", "yyyy/M/d"]; // a midnight time reads back from a date cell as the date alone

    public ImportRow Row => row;
    public int Number => row.Number;
    public string At => $"第{row.Number}行:";
    public bool Failed => problems.Count > before;

    public void Problem(string message) => problems.Add(At + message);

    public string? this[string header] => row[header];

    /// <summary>Plain text (no markup) of at most <paramref name="max"/> characters; null when empty.</summary>
    public string? Text(string header, int max, bool required = false)
    {
        var text = row[header];
        if (text is null) { if (required) Problem($"{header}为空。"); return null; }
        if (text.Length > max) { Problem($"{header}不能超过 {max} 个字。"); return null; }
        if (PlainTextInput.HasMarkup(text)) { Problem($"{header}不能包含网页标记。"); return null; }
        return text;
    }

    public DateOnly? Date(string header, bool required = true)
    {
        var text = row[header];
        if (text is null) { if (required) Problem($"{header}为空。"); return null; }
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        // A date cell in a custom format may reach us as Excel's serial number.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        Problem($"{header}“{text}”不是有效日期,请按 2007-04-02 的格式填写。");
        return null;
    }

    /// <summary>A China-time date and time (yyyy-MM-dd HH:mm), returned as UTC.</summary>
    public DateTime? ChinaTimeUtc(string header, bool required = true)
    {
        var text = row[header];
        if (text is null) { if (required) Problem($"{header}为空。"); return null; }
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return ChinaTime.ToUtc(local);
        // A date-time cell in a custom format may reach us as Excel's serial number with a fraction of a day.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
            return ChinaTime.ToUtc(DateTime.FromOADate(serial));
        Problem($"{header}“{text}”不是有效的日期时间,请按 2007-04-02 09:30 的格式填写。");
        return null;
    }

    public int Whole(string header, int max = 100_000)
    {
        var text = row[header];
        if (text is null) return 0;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value != decimal.Truncate(value))
        { Problem($"{header}“{text}”应为整数。"); return 0; }
        if (value < 0) { Problem($"{header}不能为负数。"); return 0; }
        if (value > max) { Problem($"{header}“{text}”过大,请核对。"); return 0; }
        return (int)value;
    }

    /// <summary>An amount in yuan, to the fen; null when empty.</summary>
    public decimal? Yuan(string header, decimal max = 100_000_000m)
    {
        var text = row[header];
        if (text is null) return null;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        { Problem($"{header}“{text}”应为数字(元)。"); return null; }
        if (value < 0) { Problem($"{header}不能为负数。"); return null; }
        if (value != decimal.Round(value, 2)) { Problem($"{header}最多保留两位小数(精确到分)。"); return null; }
        if (value > max) { Problem($"{header}过大,请核对。"); return null; }
        return value;
    }

    /// <summary>One of the drop-down's choices (exact text); null when empty or unknown.</summary>
    public T? Choice<T>(string header, IReadOnlyDictionary<string, T> choices, bool required = true) where T : struct
    {
        var text = row[header];
        if (text is null) { if (required) Problem($"{header}为空。"); return null; }
        if (choices.TryGetValue(text, out var value)) return value;
        Problem($"{header}“{text}”不在可选范围内,请从下拉列表中选择。");
        return null;
    }
}
