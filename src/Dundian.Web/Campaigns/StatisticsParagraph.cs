using Dundian.Core.Statistics;

namespace Dundian.Web.Campaigns;

/// <summary>
/// Writes the seed's 「据统计」 sentence from live figures: 「据统计,目前,累计进村蹲点调研时间达219天,撰写驻村蹲点手记36篇,……」.
/// Only totals go in, so the sentence carries no personal data. Figures a later module plugs in read "label value unit".
/// </summary>
public static class StatisticsParagraph
{
    // The verb the seed puts before each figure; labels that already are a verb phrase (走访农户) need none.
    private static readonly Dictionary<string, string> Verbs = new()
    {
        [IndicatorKeys.FieldNotes] = "撰写", [IndicatorKeys.ResearchReports] = "形成",
        [IndicatorKeys.Symposiums] = "召开", [IndicatorKeys.PolicyTalks] = "开展",
        [IndicatorKeys.DialogueParticipants] = "组织群众", [IndicatorKeys.ProjectFunds] = "落实",
    };

    /// <summary>The structural counts (groups, villages, people, topics) are shown in the grid, not in the sentence.</summary>
    public static readonly IReadOnlySet<string> Structural = new HashSet<string>
    {
        IndicatorKeys.Groups, IndicatorKeys.LiaisonVillages, IndicatorKeys.Participants, IndicatorKeys.Topics,
    };

    public static string Compose(IEnumerable<IndicatorValue> values)
    {
        var parts = values.Where(v => !Structural.Contains(v.Key)).Select(Phrase).ToList();
        return parts.Count == 0 ? "" : "据统计,目前," + string.Join(",", parts) + "。";
    }

    private static string Phrase(IndicatorValue v) => v.Key == IndicatorKeys.StationedDays
        ? $"累计{v.Label}达{v.DisplayValue}{v.DisplayUnit}"
        : $"{Verbs.GetValueOrDefault(v.Key, "")}{v.Label}{v.DisplayValue}{v.DisplayUnit}";
}
