using Dundian.Core.Community;

namespace Dundian.Web.Community;

/// <summary>The fields of the public comment and message forms.</summary>
public sealed class PostForm
{
    public string? Nickname { get; set; }
    public string? Contact { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }

    public PostInput ToInput() => new(Nickname, Contact, Body, Subject);
}
