namespace Dundian.Web.Infrastructure;

/// <summary>How the app sits on the network: behind a reverse proxy or facing browsers itself.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>
    /// Comma-separated addresses (or CIDR networks) of reverse proxies whose X-Forwarded-For/-Proto are believed,
    /// e.g. <c>127.0.0.1</c> for an nginx on the same machine. Empty: no proxy; forwarded headers are ignored.
    /// </summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>
    /// Redirect http to https and send HSTS. Default: on in Production when no proxy is configured (a proxy terminates
    /// TLS and does both itself); off in Development and tests, which run on plain http.
    /// </summary>
    public bool? HttpsRedirection { get; set; }
}
