using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace Dundian.Web.Infrastructure;

/// <summary>
/// Forwarded headers from known proxies (so rate limits and audit see the real client address), HTTPS redirection and
/// HSTS when the app faces browsers itself, Secure cookies over HTTPS, and no Server header.
/// </summary>
public static class NetworkSetup
{
    public static WebApplicationBuilder AddDundianNetwork(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(NetworkOptions.Section).Get<NetworkOptions>() ?? new NetworkOptions();
        var proxies = ParseProxies(options.KnownProxies);
        var https = HttpsEnforced(options, proxies.Count > 0, builder.Environment);
        builder.Services.AddSingleton(new NetworkSettings(proxies.Count > 0, https));

        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed (the defaults trust loopback, which is wrong without a proxy).
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/')) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false; // the portal's parent domain may host sites we do not run
        });

        // Secure whenever the request is HTTPS (as seen through the proxy); always when HTTPS is enforced.
        var secure = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        builder.Services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = secure);
        builder.Services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = secure);
        builder.Services.PostConfigureAll<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(o =>
            o.Cookie.SecurePolicy = secure);
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the real client address and scheme.</summary>
    public static WebApplication UseDundianNetwork(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<NetworkSettings>();
        if (settings.BehindProxy) app.UseForwardedHeaders();
        if (settings.HttpsEnforced)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        return app;
    }

    private static bool HttpsEnforced(NetworkOptions options, bool behindProxy, IHostEnvironment environment) =>
        options.HttpsRedirection ?? (environment.IsProduction() && !behindProxy);

    internal static List<string> ParseProxies(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Contains('/') || IPAddress.TryParse(p, out _)
                ? p
                : throw new InvalidOperationException($"Network:KnownProxies: '{p}' is not an IP address or CIDR network."))
            .ToList();
}

