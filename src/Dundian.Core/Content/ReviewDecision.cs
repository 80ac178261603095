namespace Dundian.Core.Content;

public enum ReviewDecision
{
    Approved = 1,
    Rejected = 2,
}
