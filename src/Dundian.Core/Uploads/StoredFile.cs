namespace Dundian.Core.Uploads;

/// <summary>
/// One uploaded file: the bytes live in the upload storage (a folder or an S3 bucket, <see cref="IUploadStorage"/>), this row says what they are and
/// who may read them. A public file (an article's cover, a published attachment) is served to anyone; any other file
/// only to staff whose scope covers <see cref="ScopePath"/> (a concern's photo belongs to its village).
/// </summary>
public class StoredFile
{
    public Guid Id { get; set; }
    /// <summary>The name the uploader's computer gave it, shown as the download name; never used as a path.</summary>
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public FileKind Kind { get; set; }
    public long Length { get; set; }
    /// <summary>Hex SHA-256 of the content, for integrity checks and spotting the same file uploaded twice.</summary>
    public required string Sha256 { get; set; }
    /// <summary>Key in the upload storage (yyyy/MM/{id:N}.ext; a path under the folder, an object key in S3), built by the store from the id (never from user input).</summary>
    public required string StoragePath { get; set; }
    public bool IsPublic { get; set; }
    /// <summary>Org-unit path whose staff may read a non-public file; null = any signed-in staff member.</summary>
    public string? ScopePath { get; set; }
    /// <summary>Text for screen readers, required for images shown on the portal.</summary>
    public string? AltText { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedById { get; set; }
}
