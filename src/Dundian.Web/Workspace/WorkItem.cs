namespace Dundian.Web.Workspace;

/// <summary>One line of the 工作台: what waits, how many, where to do it; <see cref="Urgent"/> marks what is late.</summary>
public sealed record WorkItem(string Area, string Title, int Count, string Url, bool Urgent = false);
