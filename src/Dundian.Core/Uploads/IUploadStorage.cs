namespace Dundian.Core.Uploads;

/// <summary>
/// Where the bytes of uploaded files live: a folder (<see cref="FolderUploadStorage"/>, the default; several nodes
/// share it over NFS/SMB) or an S3-compatible bucket (<see cref="S3UploadStorage"/>). Keys are the rows'
/// <see cref="StoredFile.StoragePath"/> (yyyy/MM/{id:N}.ext). <see cref="FileStore"/> checks an upload and writes it
/// to a local temporary file first; the storage only ever receives complete files, so nothing half-written is
/// visible under a real key with either backend.
/// </summary>
public interface IUploadStorage
{
    /// <summary>A local folder for temporary files while an upload is received and checked (created on demand).</summary>
    string TempFolder { get; }

    /// <summary>Stores the complete file <paramref name="tempFile"/> under <paramref name="key"/>; the temp file may be moved or left for the caller to delete.</summary>
    Task PutAsync(string key, string tempFile, string contentType, CancellationToken ct = default);

    /// <summary>A readable, seekable stream of the object; <see cref="FileNotFoundException"/> when there is none.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken ct = default);

    Task<bool> ExistsAsync(string key, CancellationToken ct = default);

    /// <summary>Removes the object; removing one that is not there is a no-op (several nodes may sweep at once).</summary>
    Task DeleteAsync(string key, CancellationToken ct = default);

    /// <summary>Every stored object (temporary files excluded), for the sweep.</summary>
    IAsyncEnumerable<UploadObject> ListAsync(CancellationToken ct = default);
}
