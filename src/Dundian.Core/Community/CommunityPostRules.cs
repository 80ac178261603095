using Dundian.Core.Common;

namespace Dundian.Core.Community;

/// <summary>The moderation lifecycle: hold, approve, reject, report, official reply.</summary>
public abstract partial class CommunityPost
{
    /// <summary>Sends the post (back) to the queue; it is not public until approved.</summary>
    public void Hold(HoldReason reason)
    {
        Status = PostStatus.Pending;
        HoldReasons |= reason;
    }

    public void Approve(string by, DateTime atUtc)
    {
        if (Status == PostStatus.Published) throw new CommunityRuleException("该内容已公开,无需再次通过。");
        Status = PostStatus.Published;
        HoldReasons = HoldReason.None;
        OpenReports = 0; // reports before the moderator's decision are settled by it
        RejectReason = null;
        ModeratedAt = atUtc;
        ModeratedBy = by;
    }

    /// <summary>Refuses a waiting post, or takes down a public one; the reason is kept for the record.</summary>
    public void Reject(string? reason, string by, DateTime atUtc)
    {
        if (Status == PostStatus.Rejected) throw new CommunityRuleException("该内容已是未通过状态。");
        RejectReason = Text(reason, MaxReason, "不通过的理由");
        Status = PostStatus.Rejected;
        ModeratedAt = atUtc;
        ModeratedBy = by;
    }

    /// <summary>Counts one more distinct report; at <paramref name="threshold"/> a public post is hidden again.</summary>
    public bool AddReport(int threshold)
    {
        if (Status != PostStatus.Published) return false;
        OpenReports++;
        if (OpenReports < Math.Max(1, threshold)) return false;
        Hold(HoldReason.Reported);
        return true;
    }

    /// <summary>Writes (or corrects) the official reply in the name of <paramref name="unitId"/>.</summary>
    public void Reply(string? text, int unitId, string by, DateTime atUtc)
    {
        if (Status == PostStatus.Rejected) throw new CommunityRuleException("未通过的内容不能答复。");
        ReplyText = Text(text, MaxReply, "答复内容");
        ReplyUnitId = unitId;
        RepliedAt = atUtc;
        RepliedBy = by;
    }

    /// <summary>Trims and checks a required plain-text field; the messages name the field in Chinese.</summary>
    internal static string Text(string? value, int max, string name, int min = 1)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) throw new CommunityRuleException($"请填写{name}。");
        if (text.Length < min) throw new CommunityRuleException($"{name}至少 {min} 个字。");
        if (text.Length > max) throw new CommunityRuleException($"{name}不能超过 {max} 个字。");
        if (PlainTextInput.HasMarkup(text)) throw new CommunityRuleException($"{name}不能包含网页代码(如 <script>),请只填写文字。");
        return text;
    }
}
