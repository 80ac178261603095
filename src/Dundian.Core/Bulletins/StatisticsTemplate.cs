using System.Text.RegularExpressions;
using Dundian.Core.Common;
using Dundian.Core.Statistics;

namespace Dundian.Core.Bulletins;

/// <summary>
/// The bulletin's 「据统计」 paragraph as editable wording with placeholders: {stationed-days} stands for an indicator's
/// printed value and unit (219天), {截止日期} for the cut-off (5月31日). The office may reword the sentence but not type a
/// number: digits outside placeholders are refused, so every printed number comes from the records.
/// </summary>
public static partial class StatisticsTemplate
{
    public const string CutOffToken = "截止日期";

    // The verb the seed puts before each figure (as the campaign page's sentence does).
    private static readonly Dictionary<string, string> Verbs = new()
    {
        [IndicatorKeys.FieldNotes] = "撰写", [IndicatorKeys.ResearchReports] = "形成",
        [IndicatorKeys.Symposiums] = "召开", [IndicatorKeys.PolicyTalks] = "开展",
        [IndicatorKeys.DialogueParticipants] = "组织群众", [IndicatorKeys.ProjectFunds] = "落实",
    };

    private static readonly HashSet<string> Structural =
        [IndicatorKeys.Groups, IndicatorKeys.LiaisonVillages, IndicatorKeys.Participants, IndicatorKeys.Topics];

    /// <summary>The seed's sentence over every non-structural indicator of the catalogue.</summary>
    public static string Default(IndicatorCatalogue catalogue)
    {
        var parts = catalogue.All.Where(i => !Structural.Contains(i.Key)).Select(i => i.Key == IndicatorKeys.StationedDays
            ? $"累计{i.Label}达{{{i.Key}}}"
            : $"{Verbs.GetValueOrDefault(i.Key, "")}{i.Label}{{{i.Key}}}");
        return $"据统计,截至{{{CutOffToken}}}," + string.Join(",", parts) + "。";
    }

    /// <summary>The indicator keys the wording prints, in order of first appearance.</summary>
    public static IReadOnlyList<string> Keys(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(k => k != CutOffToken).Distinct().ToList();

    /// <summary>Refuses unknown placeholders and typed numbers (a Chinese <see cref="ValidationException"/>).</summary>
    public static void Validate(string? template, IndicatorCatalogue catalogue)
    {
        if (string.IsNullOrWhiteSpace(template)) return;
        foreach (var key in Keys(template))
            if (catalogue.All.All(i => i.Key != key))
                throw new ValidationException("StatisticsTemplate", $"据统计段落中的占位符{{{key}}}不是已有的统计指标");
        var rest = Placeholder().Replace(template, "");
        if (rest.Any(c => c is >= '0' and <= '9' || c is >= '０' and <= '９'))
            throw new ValidationException("StatisticsTemplate", "据统计段落中的数字只能由占位符生成(如{households-visited}),不能手工填写");
        if (rest.Contains('{') || rest.Contains('}'))
            throw new ValidationException("StatisticsTemplate", "据统计段落中的占位符写法不对,应为{指标代码}");
    }

    /// <summary>The printed sentence: each placeholder replaced by its figure.</summary>
    public static string Render(string template, DateOnly cutOff, IReadOnlyDictionary<string, (string Value, string Unit)> figures) =>
        Placeholder().Replace(template, m => m.Groups[1].Value == CutOffToken
            ? $"{cutOff.Year}年{cutOff.Month}月{cutOff.Day}日"
            : figures.TryGetValue(m.Groups[1].Value, out var f) ? f.Value + f.Unit : m.Value);

    [GeneratedRegex(@"\{([a-z0-9-]+|截止日期)\}")]
    private static partial Regex Placeholder();
}
