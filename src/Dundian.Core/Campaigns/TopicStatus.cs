namespace Dundian.Core.Campaigns;

/// <summary>调研主题 progress: registered, being researched, concluded with a report.</summary>
public enum TopicStatus
{
    Registered = 1,
    InProgress = 2,
    Concluded = 3,
}
