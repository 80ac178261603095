using Dundian.Core.Data;
using Dundian.Core.Uploads;
using Dundian.Web.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dundian.Web.Tests.Uploads;

/// <summary>Which upload storage the settings choose, and the settings refused at start (no database involved).</summary>
public sealed class UploadStoreConfigurationTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var services = new ServiceCollection().AddDundianCore(new DatabaseOptions { DataDirectory = Path.GetTempPath() });
        services.AddUploads(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_folder_is_the_default_and_S3_is_chosen_by_Uploads_Store()
    {
        using (var folder = Build()) Assert.IsType<FolderUploadStorage>(folder.GetRequiredService<IUploadStorage>());
        using var s3 = Build(("Uploads:Store", "s3"), ("Uploads:S3:ServiceUrl", "http://127.0.0.1:9"), ("Uploads:S3:Bucket", "b"),
            ("Uploads:S3:AccessKey", "k"), ("Uploads:S3:SecretKey", "s"));
        Assert.IsType<S3UploadStorage>(s3.GetRequiredService<IUploadStorage>());
    }

    [Fact]
    public void Unusable_settings_are_refused_with_what_to_set()
    {
        Assert.Contains("Folder or S3", Assert.Throws<InvalidOperationException>(() => Build(("Uploads:Store", "Disk"))).Message);
        using var noBucket = Build(("Uploads:Store", "S3"), ("Uploads:S3:ServiceUrl", "http://127.0.0.1:9"));
        Assert.Contains("Uploads:S3:Bucket", Assert.Throws<InvalidOperationException>(() => noBucket.GetRequiredService<IUploadStorage>()).Message);
        // Several nodes with each its own {DataDirectory}/uploads would each miss the others' files.
        Assert.Contains("Database:UploadsDirectory", Assert.Throws<InvalidOperationException>(() => Build(("Deployment:Mode", "Cluster"))).Message);
        using var shared = Build(("Deployment:Mode", "Cluster"), ("Database:UploadsDirectory", "/srv/shared/uploads"));
        Assert.IsType<FolderUploadStorage>(shared.GetRequiredService<IUploadStorage>());
    }
}
