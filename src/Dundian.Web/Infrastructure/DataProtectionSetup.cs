using Dundian.Core.Data;
using Dundian.Web.Cluster;
using Microsoft.AspNetCore.DataProtection;

namespace Dundian.Web.Infrastructure;

public static class DataProtectionSetup
{
    /// <summary>
    /// One machine: keys in the data folder, so sign-in cookies and antiforgery tokens survive a restart. Several nodes:
    /// keys in the database (DataProtectionKeys), so a cookie signed by one node is read by every other. Either way,
    /// with Deployment:KeyCertificatePath the keys are encrypted at rest by that certificate; cluster mode requires it
    /// (the database is backed up and read by more people than the app's own folder).
    /// </summary>
    public static IServiceCollection AddDundianDataProtection(this IServiceCollection services, string dataDirectory,
        DeploymentOptions deployment)
    {
        var builder = services.AddDataProtection().SetApplicationName("Dundian");
        if (deployment.IsCluster) builder.PersistKeysToDbContext<DundianDbContext>();
        else builder.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        var certificate = KeyCertificate.Load(deployment);
        if (certificate is not null) builder.ProtectKeysWithCertificate(certificate);
        else if (deployment.IsCluster)
            throw new InvalidOperationException(
                "Deployment:Mode=Cluster needs Deployment:KeyCertificatePath (create one with: dotnet Dundian.Web.dll create-key-certificate FILE.pfx).");
        return services;
    }
}
