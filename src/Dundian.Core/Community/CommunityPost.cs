using Dundian.Core.Org;

namespace Dundian.Core.Community;

/// <summary>
/// What a resident posts without an account: a <see cref="Comment"/> under an article or a <see cref="BoardMessage"/>
/// on the message board (留言板). Both share one table and one moderation lifecycle (see CommunityPostRules.cs).
/// <see cref="Contact"/> is for staff only and is never shown in full anywhere.
/// </summary>
public abstract partial class CommunityPost
{
    public const int MaxNickname = 20, MaxContact = 50, MaxReply = 1000, MaxReason = 200;

    public long Id { get; set; }
    public required string Nickname { get; set; }
    public string? Contact { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }

    public PostStatus Status { get; set; }
    public HoldReason HoldReasons { get; set; }
    /// <summary>Lexicon words found when the post arrived, for the moderator (the lexicon may change later).</summary>
    public string? SensitiveHits { get; set; }
    /// <summary>Distinct reports since the last approval.</summary>
    public int OpenReports { get; set; }

    public DateTime? ModeratedAt { get; set; }
    public string? ModeratedBy { get; set; }
    public string? RejectReason { get; set; }

    /// <summary>The official reply (官方答复), shown under the post with the replying unit and date.</summary>
    public string? ReplyText { get; set; }
    public int? ReplyUnitId { get; set; }
    public OrgUnit? ReplyUnit { get; set; }
    public DateTime? RepliedAt { get; set; }
    public string? RepliedBy { get; set; }

    public bool IsPublic => Status == PostStatus.Published;
    public bool IsReplied => RepliedAt is not null;
}
