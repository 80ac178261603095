namespace Dundian.Core.Projects;

/// <summary>A project or plan change the rules refuse; the message is a Chinese sentence for the user. Nothing is saved.</summary>
public sealed class ProjectRuleException(string message) : Exception(message), Dundian.Core.Common.IRefusal;
