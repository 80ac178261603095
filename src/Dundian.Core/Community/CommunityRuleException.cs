namespace Dundian.Core.Community;

/// <summary>A moderation step that is not allowed now; the message is Chinese and fit to show. Nothing is saved.</summary>
public sealed class CommunityRuleException(string message) : Exception(message), Dundian.Core.Common.IRefusal;
