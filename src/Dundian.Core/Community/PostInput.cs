namespace Dundian.Core.Community;

/// <summary>What a resident typed into the comment or message form; <see cref="Subject"/> is for messages only.</summary>
public sealed record PostInput(string? Nickname, string? Contact, string? Body, string? Subject = null);
