namespace Dundian.Core.FieldWork;

/// <summary>Review states of a field note or research report.</summary>
public enum WritingStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
    Published = 5,
}
