namespace Dundian.Web.Api.Open311;

/// <summary>
/// What an Open311 key may do. Without a key a reader gets what the public portal shows: resolved concerns with
/// masked text. <see cref="ReadPrivate"/> is for the hotline platform that handles the cases: every concern, full text.
/// </summary>
public static class Open311Scopes
{
    public const string Post = "post";
    public const string ReadPrivate = "read-private";
}
