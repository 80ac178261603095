using Dundian.Core.Concerns;
using Dundian.Core.Projects;

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
        // The rest of issue 4's back office: the inbox badge, practical projects and development plans.
        services.AddScoped<Dundian.Web.Inbox.InboxCounter>();
        services.AddScoped<Dundian.Core.Projects.ProjectAccess>();
        services.AddScoped<Dundian.Web.Projects.ProjectChoices>();
        return services;
    }
}
