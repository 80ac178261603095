using Dundian.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dundian.Core.Uploads;

/// <summary>Chooses the upload storage: the folder unless Uploads:Store is S3.</summary>
public static class UploadStorageServices
{
    public static IServiceCollection AddUploadStorage(this IServiceCollection services, UploadStoreOptions options)
    {
        if (!options.IsS3 && !options.Store.Equals("Folder", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Uploads:Store must be Folder or S3, not \"{options.Store}\".");
        services.RemoveAll<IUploadStorage>();
        if (options.IsS3)
            services.AddSingleton<IUploadStorage>(sp => new S3UploadStorage(options.S3, sp.GetRequiredService<DatabaseOptions>()));
        else
            services.AddSingleton<IUploadStorage, FolderUploadStorage>();
        return services;
    }
}
