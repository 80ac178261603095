namespace Dundian.Core.Content;

/// <summary>A review or publishing step that is not allowed now; the message is Chinese and meant for the user.</summary>
public class ArticleRuleException(string message) : InvalidOperationException(message), Dundian.Core.Common.IRefusal;
