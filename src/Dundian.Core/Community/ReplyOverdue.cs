namespace Dundian.Core.Community;

/// <summary>How late the official reply to a message is (「超期未回复」).</summary>
public enum ReplyOverdue
{
    None = 0,
    Warning = 1,
    Critical = 2,
}
