using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dundian.Web.Cluster;

/// <summary>
/// Minimal forwarded-headers support so that, behind nginx, rate limits and audit entries see the reader's address:
/// X-Forwarded-For/-Proto are honoured only from the addresses in Network:KnownProxies (comma-separated), and
/// ignored when that setting is empty. (The hardening branch brings the full version; keep one at merge.)
/// </summary>
public static class ProxyAddresses
{
    public static WebApplication UseProxyAddresses(this WebApplication app)
    {
        var proxies = app.Configuration["Network:KnownProxies"];
        if (string.IsNullOrWhiteSpace(proxies)) return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var p in proxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            options.KnownProxies.Add(IPAddress.Parse(p));
        app.UseForwardedHeaders(options);
        return app;
    }
}
