namespace Dundian.Core.Content;

/// <summary>The staff member behind a newsroom action, recorded on revisions and review steps.</summary>
public sealed record ArticleActor(string UserId, string Name);
