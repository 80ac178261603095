using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Dundian.Web.Portal;

public static class PortalSetup
{
    /// <summary>Services of the public portal pages.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        // Razor's default encoder writes every Chinese character as &#x…; — pages triple in size and page
        // source becomes unreadable. Letting all Unicode through stays safe: < > & " ' are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddPortalOutputCache();
        services.AddScoped<TopicQueries>();
        services.AddMemoryCache();
        services.AddSingleton<MarkedMemo>();
        services.AddScoped<HomeQueries>();
        services.AddScoped<ArticleNeighbours>();
        services.AddScoped<ArticlePageQueries>();
        return services.AddScoped<PortalQueries>();
    }
}
