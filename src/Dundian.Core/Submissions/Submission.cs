using Dundian.Core.Common;
using Dundian.Core.Content;
using Dundian.Core.Org;

namespace Dundian.Core.Submissions;

/// <summary>
/// 信息报送: an item of news a unit sends to the portal's editors. An editor adopts it into a channel (the points
/// are fixed then, by the scoring rules of that day, so a later change of rules does not rewrite past rankings)
/// or declines it with a reason. Decided items are final.
/// </summary>
public class Submission
{
    public const int MaxTitle = 100, MaxText = 10000, MaxReason = 200;

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    /// <summary>The unit's path, copied for scope filters and roll-ups.</summary>
    public string UnitPath { get; set; } = "/";
    public required string SubmitterId { get; set; }
    public required string SubmitterName { get; set; }
    public DateTime SubmittedAt { get; set; }
    public SubmissionStatus Status { get; private set; } = SubmissionStatus.Submitted;
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedByName { get; private set; }
    public int? ChannelId { get; private set; }
    public Channel? Channel { get; set; }
    public int Points { get; private set; }
    public string? DeclineReason { get; private set; }

    public void Adopt(Channel channel, int points, string editorName, DateTime nowUtc)
    {
        EnsureOpen();
        Status = SubmissionStatus.Adopted;
        ChannelId = channel.Id;
        Channel = channel;
        Points = points;
        DecidedByName = editorName;
        DecidedAt = nowUtc;
    }

    public void Decline(string? reason, string editorName, DateTime nowUtc)
    {
        EnsureOpen();
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason)) throw new ValidationException("reason", "请填写不采用的理由。");
        if (reason.Length > MaxReason) throw new ValidationException("reason", $"理由不能超过 {MaxReason} 个字。");
        if (PlainTextInput.HasMarkup(reason)) throw new ValidationException("reason", "理由不能包含网页标记。");
        Status = SubmissionStatus.Declined;
        DeclineReason = reason;
        DecidedByName = editorName;
        DecidedAt = nowUtc;
    }

    private void EnsureOpen()
    {
        if (Status != SubmissionStatus.Submitted)
            throw new ValidationException(nameof(Status), $"该信息{SubmissionStatusNames.Of(Status)},不能再处理。");
    }
}
