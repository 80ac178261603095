using Dundian.Core.Uploads;

namespace Dundian.Web.Uploads;

/// <summary>Uploads in the web app: where files are kept (folder or S3), who may read a file, the sweep of unreferenced files (job and command).</summary>
public static class UploadsSetup
{
    public const string Command = "sweep-uploads";

    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<FileReadAccess>();
        var store = configuration.GetSection(UploadStoreOptions.Section).Get<UploadStoreOptions>() ?? new();
        // Several nodes must never keep uploads on their own disks: a file written on one would be missing on the others.
        var cluster = configuration.GetSection(Cluster.DeploymentOptions.Section).Get<Cluster.DeploymentOptions>()?.IsCluster == true;
        if (cluster && !store.IsS3 && string.IsNullOrWhiteSpace(configuration["Database:UploadsDirectory"]))
            throw new InvalidOperationException(
                "Deployment:Mode=Cluster needs uploads every node reaches: Database:UploadsDirectory (a shared folder) or Uploads:Store=S3.");
        services.AddUploadStorage(store);
        services.Configure<UploadSweepOptions>(configuration.GetSection(UploadSweepOptions.Section));
        return services.AddHostedService<UploadSweepJob>();
    }

    /// <summary>`dotnet run --project src/Dundian.Web -- sweep-uploads`: sweeps once, prints the count; true when it ran.</summary>
    public static async Task<bool> RunUploadSweepCommandAsync(this WebApplication app, string[] args)
    {
        if (!args.Contains(Command)) return false;
        await using var scope = app.Services.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<UploadSweep>().SweepAsync();
        Console.WriteLine($"已清理无记录的上传文件 (unreferenced uploads removed): {removed} 个");
        return true;
    }
}
