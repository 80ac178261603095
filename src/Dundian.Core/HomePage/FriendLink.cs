namespace Dundian.Core.HomePage;

/// <summary>友情链接 at the foot of the home page, kept by the portal's editors.</summary>
public class FriendLink
{
    public const int MaxName = 40, MaxUrl = 300;

    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>An absolute http(s) address or a site path starting with "/".</summary>
    public required string Url { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Only web addresses: a javascript: or data: link on a government home page is an attack.</summary>
    public static bool IsAcceptableUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps));
}
