namespace Dundian.Core.Commitments;

/// <summary>A step on a commitment that is not allowed now, or bad input; the message is Chinese and meant for the user.</summary>
public class CommitmentRuleException(string message) : InvalidOperationException(message), Dundian.Core.Common.IRefusal;
