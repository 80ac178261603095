namespace Dundian.Core.Uploads;

/// <summary>Configuration section "Uploads": where uploaded files are kept.</summary>
public class UploadStoreOptions
{
    public const string Section = "Uploads";

    /// <summary>"Folder" (default: Database:UploadsDirectory or {DataDirectory}/uploads) or "S3" (an S3-compatible bucket).</summary>
    public string Store { get; set; } = "Folder";

    public S3UploadOptions S3 { get; set; } = new();

    public bool IsS3 => Store.Equals("S3", StringComparison.OrdinalIgnoreCase);
}
