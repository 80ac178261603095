namespace Dundian.Core.Uploads;

/// <summary>Configuration section "Uploads:S3": the bucket of an S3-compatible store (MinIO, Ceph RGW, a cloud's object storage).</summary>
public class S3UploadOptions
{
    /// <summary>Endpoint, e.g. http://10.0.0.5:9000; empty = AWS itself in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }
    public string Bucket { get; set; } = "";
    /// <summary>Optional key prefix (e.g. "dundian/"), so the bucket may hold other things the sweep must not touch.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>Empty = the SDK's default credential chain (environment, instance role).</summary>
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    /// <summary>The signing region; most self-hosted stores accept any, "us-east-1" by convention.</summary>
    public string Region { get; set; } = "us-east-1";
    /// <summary>Path-style URLs (http://host/bucket/key), which self-hosted stores usually need.</summary>
    public bool ForcePathStyle { get; set; } = true;
    /// <summary>Folder for the temporary file of an upload being received; default {DataDirectory}/uploads-tmp.</summary>
    public string? TempDirectory { get; set; }
}
