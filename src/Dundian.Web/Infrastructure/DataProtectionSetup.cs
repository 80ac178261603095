using Microsoft.AspNetCore.DataProtection;

namespace Dundian.Web.Infrastructure;

public static class DataProtectionSetup
{
    /// <summary>
    /// Keys live in the data folder so sign-in cookies and antiforgery tokens survive a restart.
    /// (Several nodes will need a shared store — the database or Redis — when scale-out arrives.)
    /// </summary>
    public static IServiceCollection AddDundianDataProtection(this IServiceCollection services, string dataDirectory)
    {
        services.AddDataProtection()
            .SetApplicationName("Dundian")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        return services;
    }
}
