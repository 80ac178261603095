namespace Dundian.Core.Concerns;

/// <summary>A lifecycle step that is not allowed now; the message is Chinese and meant for the user.</summary>
public class ConcernRuleException(string message) : InvalidOperationException(message), Dundian.Core.Common.IRefusal;
