namespace Dundian.Core.Community;

/// <summary>Chinese texts of <see cref="HoldReason"/> for the moderation queue.</summary>
public static class HoldReasonNames
{
    public static IEnumerable<string> Of(HoldReason reasons)
    {
        if (reasons.HasFlag(HoldReason.SensitiveWords)) yield return "含敏感词";
        if (reasons.HasFlag(HoldReason.Reported)) yield return "多次被举报";
        if (reasons.HasFlag(HoldReason.PreModeration)) yield return "先审后发";
    }
}
