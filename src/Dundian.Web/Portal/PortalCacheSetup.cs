using System.IO.Compression;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dundian.Web.Portal;

/// <summary>
/// Output caching of the anonymous home, channel and article pages, evicted by tag when articles or channels
/// change, and of the pages with live campaign figures (campaign page, special topic, figures API), evicted per
/// campaign when a record behind a figure changes. The in-memory store serves one node; several nodes share a store (the Redis output-cache package)
/// so that an eviction on one node reaches all. Those pages are compressed inside the cache (<see cref="PortalCompression"/>).
/// </summary>
public static class PortalCacheSetup
{
    /// <summary>Portal pages cached, by Razor page (view-engine path), with their policy.</summary>
    private static readonly Dictionary<string, PortalCacheKind> Pages = new(StringComparer.Ordinal)
    {
        ["/Index"] = PortalCacheKind.Lists,
        ["/Channel"] = PortalCacheKind.Lists,
        ["/Article"] = PortalCacheKind.Article,
        ["/Topics/Campaign"] = PortalCacheKind.Figures,
        ["/Topics/Topic"] = PortalCacheKind.Figures,
        ["/Bulletins/Index"] = PortalCacheKind.Bulletins,
        ["/Bulletins/Campaign"] = PortalCacheKind.Bulletins,
        ["/Bulletins/Bulletin"] = PortalCacheKind.Bulletins,
    };

    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services)
    {
        // A base policy that picks the page's own policy: page conventions would need the shared Program.cs, and
        // attributes on the page models would tie this feature into pages other helpers are editing.
        services.AddOutputCache(o => o.SizeLimit = 256L * 1024 * 1024);
        services.AddOptions<OutputCacheOptions>()
            .Configure<IOptions<PortalOptions>, CacheEvictionMarks, PortalCompression>((o, portal, marks, compression) =>
            {
                if (portal.Value.OutputCache) o.AddBasePolicy(new ByPage(marks, compression));
            });
        services.AddResponseCompression(o =>
        {
            // Safe over HTTPS: only shareable, anonymous responses (no secrets) are compressed (PortalCompression).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // A cached page is compressed once and served many times: the better ratio is worth the few extra microseconds.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<PortalCompression>();
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider>(sp => sp.GetRequiredService<PortalCompression>()));
        services.AddSingleton<CacheEvictionMarks>();
        services.AddSingleton<ReadyPages>();
        services.AddSingleton<PortalCacheInvalidator>();
        services.ConfigureDbContext<DundianDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<PortalCacheInvalidator>()));
        return services;
    }

    /// <summary>
    /// Answers a page read again from its ready copy (<see cref="ReadyPages"/>) before routing, the error pages and the
    /// output cache's lookup. Only where the portal's pages are output-cached (the copies are made from what it stores),
    /// and not in a cluster: there a write on one node must change the page on every node at once, which the shared
    /// Redis store does and a node's own copies — dropped when the relayed mark arrives — would not.
    /// </summary>
    public static IApplicationBuilder UseReadyPages(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        return services.GetRequiredService<IOptions<PortalOptions>>().Value.OutputCache
               && !services.GetRequiredService<Cluster.DeploymentOptions>().IsCluster
            ? app.UseMiddleware<ReadyPagesMiddleware>()
            : app;
    }

    /// <summary>Marks a public JSON endpoint of campaign figures as cached like the campaign page (route value <c>id</c> = campaign).</summary>
    public static TBuilder CacheAsCampaignFigures<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CachedFiguresEndpoint());

    private sealed class CachedFiguresEndpoint;

    /// <summary>Picks the page's policy from its endpoint; endpoints not listed are not cached.</summary>
    private sealed class ByPage(CacheEvictionMarks marks, PortalCompression compression) : IOutputCachePolicy
    {
        private readonly Dictionary<PortalCacheKind, IOutputCachePolicy> policies =
            Enum.GetValues<PortalCacheKind>().ToDictionary(k => k, IOutputCachePolicy (k) => new PortalOutputCachePolicy(k, marks, compression));

        private IOutputCachePolicy? PolicyOf(HttpContext context)
        {
            var endpoint = context.GetEndpoint();
            if (endpoint is null) return null;
            if (endpoint.Metadata.GetMetadata<CachedFiguresEndpoint>() is not null) return policies[PortalCacheKind.Figures];
            var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();
            return page is { AreaName: null } && Pages.TryGetValue(page.ViewEnginePath, out var kind) ? policies[kind] : null;
        }

        ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext c, CancellationToken ct) =>
            PolicyOf(c.HttpContext)?.CacheRequestAsync(c, ct) ?? ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext c, CancellationToken ct) =>
            PolicyOf(c.HttpContext)?.ServeFromCacheAsync(c, ct) ?? ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext c, CancellationToken ct) =>
            PolicyOf(c.HttpContext)?.ServeResponseAsync(c, ct) ?? ValueTask.CompletedTask;
    }
}
