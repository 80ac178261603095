namespace Dundian.Core.Inbox;

/// <summary>
/// A message in a staff member's back-office inbox (待办消息), e.g. a 督办 notice for an overdue concern.
/// It is written in the same transaction as the change it reports, so a notice is never lost or sent for
/// something that did not happen. Reading it only sets <see cref="ReadAt"/>.
/// </summary>
public class InboxEntry
{
    public long Id { get; set; }
    public required string RecipientUserId { get; set; }
    public required string Subject { get; set; }
    public string? Body { get; set; }
    /// <summary>Back-office address of the record concerned, e.g. /manage/concerns/12.</summary>
    public string? Link { get; set; }
    /// <summary>The concern a 督办 notice is about (null for other kinds of message).</summary>
    public int? ConcernId { get; set; }
    /// <summary>The 督办 level a notice announces: one notice per concern, level and recipient (a unique index).</summary>
    public int? EscalationLevel { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTime atUtc) => ReadAt ??= atUtc;
}
