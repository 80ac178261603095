using Dundian.Core.Common;

namespace Dundian.Core.FieldWork;

/// <summary>Checks on the entered figures that need no database: dates in order, no negative counts.</summary>
internal static class FieldLogRules
{
    public static void CheckFigures(FieldLogInput input)
    {
        if (input.EndDate < input.StartDate)
            throw new ValidationException(nameof(input.EndDate), "结束日期不能早于开始日期");
        NotNegative(input.HouseholdsVisited, nameof(input.HouseholdsVisited), "走访农户数");
        NotNegative(input.Symposiums, nameof(input.Symposiums), "座谈会次数");
        NotNegative(input.SymposiumAttendees, nameof(input.SymposiumAttendees), "座谈会参加人数");
        NotNegative(input.Talks, nameof(input.Talks), "谈心人次");
        NotNegative(input.ConsolationHouseholds, nameof(input.ConsolationHouseholds), "慰问困难户数");
        NotNegative(input.ConsolationAmountYuan, nameof(input.ConsolationAmountYuan), "慰问金");
        NotNegative(input.PolicyTalks, nameof(input.PolicyTalks), "主题宣讲次数");
        NotNegative(input.DialogueParticipants, nameof(input.DialogueParticipants), "恳谈人次");
        NotNegative(input.ProblemsSolvedOnSpot, nameof(input.ProblemsSolvedOnSpot), "解决实际问题数");
        if (input.ConsolationAmountYuan != decimal.Round(input.ConsolationAmountYuan, 2))
            throw new ValidationException(nameof(input.ConsolationAmountYuan), "慰问金最多保留两位小数(精确到分)");
        if (input.ConsolationAmountYuan > 0 && input.ConsolationHouseholds == 0)
            throw new ValidationException(nameof(input.ConsolationHouseholds), "填写了慰问金,请同时填写慰问困难户数");
    }

    private static void NotNegative(decimal value, string field, string label)
    {
        if (value < 0) throw new ValidationException(field, $"{label}不能为负数");
    }
}
