namespace Dundian.Core.Community;

/// <summary>A resident's message on the message board (留言板), answered by staff with an official reply.</summary>
public class BoardMessage : CommunityPost
{
    public const int MaxSubject = 50, MinBody = 5, MaxBody = 2000;

    public required string Subject { get; set; }

    /// <summary>
    /// How late the reply is at <paramref name="nowUtc"/>. Rejected messages are not owed a reply; the age counts
    /// from arrival, as the inspection rules do.
    /// </summary>
    public ReplyOverdue Overdue(DateTime nowUtc, CommunityOptions options)
    {
        if (IsReplied || Status == PostStatus.Rejected) return ReplyOverdue.None;
        var days = (nowUtc - CreatedAt).TotalDays;
        if (days >= options.ReplyCriticalDays) return ReplyOverdue.Critical;
        return days >= options.ReplyWarningDays ? ReplyOverdue.Warning : ReplyOverdue.None;
    }
}
