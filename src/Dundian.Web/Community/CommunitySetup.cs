using Dundian.Core.Community;

namespace Dundian.Web.Community;

public static class CommunitySetup
{
    /// <summary>Comments, message board and moderation: settings from the "Community" section.</summary>
    public static IServiceCollection AddCommunity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CommunityOptions>(configuration.GetSection(CommunityOptions.Section));
        services.AddScoped<CommunityQueries>();
        services.AddSingleton(sp => ReporterKey.Create(configuration, sp.GetRequiredService<Dundian.Core.Data.DatabaseOptions>()));
        return services;
    }
}
