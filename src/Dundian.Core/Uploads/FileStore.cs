using System.Security.Cryptography;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Uploads;

/// <summary>
/// Keeps uploaded bytes in the <see cref="IUploadStorage"/> (a folder, or an S3-compatible bucket shared by all nodes).
/// <see cref="SaveAsync"/> checks type, size and leading bytes while writing to a local temporary file, and hands the
/// file to the storage under its final key only when complete and accepted, so a crash never leaves half a file
/// under a real name and a refused upload leaves nothing; it adds the <see cref="StoredFile"/> row to the context,
/// and the caller's SaveChanges commits it together with whatever refers to it. A file whose row was never committed — the owning save failed or never came — is
/// deleted when the store's scope (the request) ends; a crash between the put and the commit leaves an
/// unreferenced file, never a row pointing at nothing, and <see cref="UploadSweep"/> removes it a day later.
/// </summary>
public sealed class FileStore : IDisposable, IAsyncDisposable
{
    private readonly DundianDbContext db;
    private readonly IUploadStorage storage;
    private readonly TimeProvider clock;
    // Files written in this scope whose rows no successful SaveChanges has committed yet.
    private readonly List<StoredFile> uncommitted = [];

    public FileStore(DundianDbContext db, IUploadStorage storage, TimeProvider clock)
    {
        (this.db, this.storage, this.clock) = (db, storage, clock);
        db.SavedChanges += OnSaved;
    }

    // A row that came out of a successful save as Unchanged is in the database: its file stays.
    private void OnSaved(object? sender, SavedChangesEventArgs e) =>
        uncommitted.RemoveAll(f => db.Entry(f).State == EntityState.Unchanged);

    /// <summary>Removes the files of this scope whose rows were never committed (request scopes end here).</summary>
    public async ValueTask DisposeAsync()
    {
        db.SavedChanges -= OnSaved;
        foreach (var file in uncommitted)
        {
            // A store that cannot be reached now must not turn the answer into an error: the object is
            // unreferenced, and the sweep removes it a day later.
            try { await storage.DeleteAsync(file.StoragePath); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Amazon.Runtime.AmazonServiceException
                or Amazon.Runtime.AmazonClientException) { }
        }
        uncommitted.Clear();
    }

    /// <summary>The same for a scope disposed synchronously (a test's <c>using</c>).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Drops a file saved in this scope whose owner will not be saved after all (a later photo of the same concern
    /// was refused): its row leaves the context and its object is deleted now.
    /// </summary>
    public async Task DiscardAsync(StoredFile file, CancellationToken ct = default)
    {
        db.Entry(file).State = EntityState.Detached;
        uncommitted.Remove(file);
        await storage.DeleteAsync(file.StoragePath, ct);
    }

    public async Task<StoredFile> SaveAsync(Stream content, string fileName, UploadPolicy policy,
        bool isPublic, string? scopePath = null, string? altText = null, CancellationToken ct = default)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (!policy.Types.TryGetValue(extension, out var type))
            throw new UploadRejectedException($"不支持的文件类型“{extension}”，只接受 {policy.Accept}。");

        var id = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{id:N}{type.Extension}");
        var temp = Path.Combine(storage.TempFolder, id.ToString("N"));
        Directory.CreateDirectory(storage.TempFolder);
        try
        {
            var (length, sha, head) = await CopyLimitedAsync(content, temp, policy, ct);
            if (length == 0) throw new UploadRejectedException("文件是空的，请重新选择。");
            if (!type.Matches(head))
                throw new UploadRejectedException($"文件内容与扩展名“{extension}”不符，已拒收。");
            await storage.PutAsync(key, temp, type.ContentType, ct);
            var stored = new StoredFile
            {
                Id = id, FileName = SafeName(fileName!), ContentType = type.ContentType, Kind = policy.Kind,
                Length = length, Sha256 = sha, StoragePath = key, IsPublic = isPublic,
                ScopePath = scopePath, AltText = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim(),
                UploadedAt = now,
            };
            db.StoredFiles.Add(stored);
            uncommitted.Add(stored);
            return stored;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>The file's bytes, seekable; <see cref="FileNotFoundException"/> when the storage has no such object.</summary>
    public Task<Stream> OpenReadAsync(StoredFile file, CancellationToken ct = default) => storage.OpenReadAsync(file.StoragePath, ct);

    private static async Task<(long Length, string Sha, ReadOnlyMemory<byte> Head)> CopyLimitedAsync(
        Stream content, string temp, UploadPolicy policy, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[16];
        var headLength = 0;
        long length = 0;
        var buffer = new byte[81920];
        await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                length += read;
                if (length > policy.MaxBytes)
                    throw new UploadRejectedException($"文件超过 {policy.MaxSizeText} 的上限，请压缩后再上传。");
                if (headLength < head.Length)
                {
                    var take = Math.Min(head.Length - headLength, read);
                    Array.Copy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()), head.AsMemory(0, headLength));
    }

    /// <summary>The display name only: no folders, no control characters, at most 200 characters.</summary>
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length <= 200 ? name : name[^200..];
    }
}
