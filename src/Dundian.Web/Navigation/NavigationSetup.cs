namespace Dundian.Web.Navigation;

public static class NavigationSetup
{
    /// <summary>Registers every <see cref="IManageMenu"/> of this assembly and the menu built from them.</summary>
    public static IServiceCollection AddManageMenu(this IServiceCollection services)
    {
        foreach (var type in typeof(NavigationSetup).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IManageMenu).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IManageMenu), type);
        services.AddSingleton<ManageMenu>();
        return services;
    }
}
