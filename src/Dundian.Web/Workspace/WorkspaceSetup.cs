using Dundian.Web.Navigation;

namespace Dundian.Web.Workspace;

public static class WorkspaceSetup
{
    /// <summary>The back office's spine: the staff menu, the 工作台 to-do list and its options.</summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddManageMenu();
        services.AddScoped<Workbench>();
        services.Configure<WorkspaceOptions>(configuration.GetSection(WorkspaceOptions.Section));
        return services;
    }
}
