using Dundian.Core.Concerns;

namespace Dundian.Web.Concerns;

public static class ConcernsSetup
{
    /// <summary>The concern pages' helpers and the 督办 background job.</summary>
    public static IServiceCollection AddConcerns(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConcernEscalationOptions>(configuration.GetSection(ConcernEscalationOptions.Section));
        services.AddScoped<ConcernEscalation>();
        services.AddScoped<ConcernChoices>();
        services.AddScoped<ConcernAccess>();
        services.AddHostedService<ConcernEscalationJob>();
        return services;
    }
}
