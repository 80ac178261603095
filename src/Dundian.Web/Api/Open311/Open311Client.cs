namespace Dundian.Web.Api.Open311;

/// <summary>One platform allowed to use the Open311 endpoint: its secret key and what the key may do.</summary>
public class Open311Client
{
    public string Key { get; set; } = "";
    /// <summary>Comma-separated <see cref="Open311Scopes"/>; default <c>post</c>.</summary>
    public string Scopes { get; set; } = Open311Scopes.Post;

    public bool Allows(string scope) => Scopes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Contains(scope, StringComparer.OrdinalIgnoreCase);
}
