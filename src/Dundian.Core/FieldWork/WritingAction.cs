namespace Dundian.Core.FieldWork;

/// <summary>The moves of the review state machine that a page can ask for.</summary>
public enum WritingAction
{
    Submit = 1,
    Return = 2,
    Approve = 3,
    Publish = 4,
    Unpublish = 5,
}
