namespace Dundian.Core.Submissions;

/// <summary>已报送 → 已采用 | 未采用.</summary>
public enum SubmissionStatus
{
    Submitted = 1,
    Adopted = 2,
    Declined = 3,
}
