using System.Runtime.CompilerServices;
using Dundian.Core.Data;

namespace Dundian.Core.Uploads;

/// <summary>
/// Uploads under {DataDirectory}/uploads, or Database:UploadsDirectory (a folder shared by all nodes). The temporary
/// folder is inside it, so putting a file in place is a rename on one file system: atomic.
/// </summary>
public sealed class FolderUploadStorage(DatabaseOptions options) : IUploadStorage
{
    private const string Temp = "tmp";

    private string Root => options.UploadsRoot;

    public string TempFolder => Path.Combine(Root, Temp);

    public Task PutAsync(string key, string tempFile, string contentType, CancellationToken ct = default)
    {
        var final = FullPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        File.Move(tempFile, final);
        return Task.CompletedTask;
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken ct = default) =>
        Task.FromResult<Stream>(new FileStream(FullPath(key), FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true));

    public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => Task.FromResult(File.Exists(FullPath(key)));

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        File.Delete(FullPath(key));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<UploadObject> ListAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        if (!Directory.Exists(Root)) yield break;
        var temp = TempFolder + Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            if (file.StartsWith(temp, StringComparison.Ordinal)) continue;
            yield return new UploadObject(Path.GetRelativePath(Root, file).Replace('\\', '/'), File.GetLastWriteTimeUtc(file));
        }
        await Task.CompletedTask;
    }

    /// <summary>The file of a key; a key that escapes the folder is refused (it must never be served or deleted).</summary>
    public string FullPath(string key)
    {
        var root = Path.GetFullPath(Root);
        var full = Path.GetFullPath(Path.Combine(root, key));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("Stored file path escapes the uploads folder.");
        return full;
    }
}
