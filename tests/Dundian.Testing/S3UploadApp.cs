using Microsoft.AspNetCore.Hosting;

namespace Dundian.Testing;

/// <summary>The whole app with its uploads in an S3 bucket of its own (Uploads:Store = S3) instead of the data folder.</summary>
public abstract class S3UploadApp(string provider) : DundianApp(provider)
{
    public S3TestBucket Bucket { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await Bucket.InitializeAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Bucket.Settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Bucket.DisposeAsync();
    }
}

public sealed class S3SqliteApp() : S3UploadApp("Sqlite");
public sealed class S3PostgresApp() : S3UploadApp("Postgres");
