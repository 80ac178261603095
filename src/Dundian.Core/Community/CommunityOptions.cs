namespace Dundian.Core.Community;

/// <summary>Settings of comments and the message board (configuration section "Community").</summary>
public sealed class CommunityOptions
{
    public const string Section = "Community";

    /// <summary>
    /// True (the default): every comment and message waits for a moderator before it is public (先审后发), as a
    /// government portal is answerable for what it shows. False: clean posts appear at once and only posts with a
    /// sensitive word wait (先发后审).
    /// </summary>
    public bool PreModeration { get; set; } = true;

    /// <summary>Distinct readers' reports (举报) that take a public post down and back to the queue.</summary>
    public int ReportThreshold { get; set; } = 3;

    /// <summary>Days without an official reply after which a message shows 「超期未回复」 as a warning.</summary>
    public int ReplyWarningDays { get; set; } = 15;

    /// <summary>
    /// Days without an official reply after which the flag is critical. Government-website inspections fail a site
    /// that leaves messages unanswered for more than three months, hence 90.
    /// </summary>
    public int ReplyCriticalDays { get; set; } = 90;
}
