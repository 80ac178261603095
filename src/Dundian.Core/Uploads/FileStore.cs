using System.Security.Cryptography;
using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Uploads;

/// <summary>
/// Keeps uploaded bytes under {DataDirectory}/uploads (or Database:UploadsDirectory, a folder shared by all nodes). <see cref="SaveAsync"/> checks type and size, writes to a
/// temporary file and moves it into place only when complete, so a crash never leaves half a file under a real
/// name; it adds the <see cref="StoredFile"/> row to the context, and the caller's SaveChanges commits it together
/// with whatever refers to it. A file whose row was never committed — the owning save failed or never came — is
/// deleted when the store's scope (the request) ends; a crash between the move and the commit leaves an
/// unreferenced file, never a row pointing at nothing, and <see cref="UploadSweep"/> removes it a day later.
/// </summary>
public sealed class FileStore : IDisposable
{
    private readonly DundianDbContext db;
    private readonly DatabaseOptions options;
    private readonly TimeProvider clock;
    // Files written in this scope whose rows no successful SaveChanges has committed yet.
    private readonly List<StoredFile> uncommitted = [];

    public FileStore(DundianDbContext db, DatabaseOptions options, TimeProvider clock)
    {
        (this.db, this.options, this.clock) = (db, options, clock);
        db.SavedChanges += OnSaved;
    }

    private string Root => options.UploadsRoot;

    // A row that came out of a successful save as Unchanged is in the database: its file stays.
    private void OnSaved(object? sender, SavedChangesEventArgs e) =>
        uncommitted.RemoveAll(f => db.Entry(f).State == EntityState.Unchanged);

    /// <summary>Removes the files of this scope whose rows were never committed.</summary>
    public void Dispose()
    {
        db.SavedChanges -= OnSaved;
        foreach (var file in uncommitted)
        {
            var path = FullPath(file);
            if (File.Exists(path)) File.Delete(path);
        }
        uncommitted.Clear();
    }

    public async Task<StoredFile> SaveAsync(Stream content, string fileName, UploadPolicy policy,
        bool isPublic, string? scopePath = null, string? altText = null, CancellationToken ct = default)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (!policy.Types.TryGetValue(extension, out var type))
            throw new UploadRejectedException($"不支持的文件类型“{extension}”，只接受 {policy.Accept}。");

        var id = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var relative = Path.Combine(now.ToString("yyyy"), now.ToString("MM"), id.ToString("N") + type.Extension);
        var final = Path.Combine(Root, relative);
        var temp = Path.Combine(Root, "tmp", id.ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        try
        {
            var (length, sha, head) = await CopyLimitedAsync(content, temp, policy, ct);
            if (length == 0) throw new UploadRejectedException("文件是空的，请重新选择。");
            if (!type.Matches(head))
                throw new UploadRejectedException($"文件内容与扩展名“{extension}”不符，已拒收。");
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(temp, final);
            var stored = new StoredFile
            {
                Id = id, FileName = SafeName(fileName!), ContentType = type.ContentType, Kind = policy.Kind,
                Length = length, Sha256 = sha, StoragePath = relative.Replace('\\', '/'), IsPublic = isPublic,
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

    public Stream OpenRead(StoredFile file) => File.OpenRead(FullPath(file));

    public string FullPath(StoredFile file)
    {
        var full = Path.GetFullPath(Path.Combine(Root, file.StoragePath));
        // StoragePath is built by SaveAsync, but a path that escapes the folder must never be served.
        if (!full.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("Stored file path escapes the uploads folder.");
        return full;
    }

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
