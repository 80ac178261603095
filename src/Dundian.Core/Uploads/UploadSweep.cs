using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Uploads;

/// <summary>
/// Removes objects of the <see cref="IUploadStorage"/> (folder or bucket) that no <see cref="StoredFile"/> row
/// refers to — what a crash left between storing a file and committing its row — and temporary files of uploads
/// that never finished. Only what is older than <see cref="MinAge"/> (a day) is touched, so an upload whose save is
/// still running on this or another node is safe. Running it on several nodes at once is harmless (deleting twice
/// is a no-op).
/// </summary>
public sealed class UploadSweep(DundianDbContext db, IUploadStorage storage, TimeProvider clock)
{
    public static readonly TimeSpan MinAge = TimeSpan.FromDays(1);
    private const int Batch = 500;

    /// <summary>Deletes unreferenced objects and temporary files older than a day; returns how many were removed.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - MinAge;
        var removed = SweepTemporaryFiles(before);
        var old = new List<UploadObject>();
        await foreach (var o in storage.ListAsync(ct))
        {
            if (o.LastModifiedUtc >= before) continue;
            old.Add(o);
            if (old.Count == Batch) { removed += await RemoveUnreferencedAsync(old, ct); old.Clear(); }
        }
        return removed + await RemoveUnreferencedAsync(old, ct);
    }

    private async Task<int> RemoveUnreferencedAsync(List<UploadObject> objects, CancellationToken ct)
    {
        if (objects.Count == 0) return 0;
        // A stored file is named by its row's id (StoragePath = yyyy/MM/{id:N}.ext); anything else is not ours to keep.
        var ids = objects.Select(o => Guid.TryParseExact(Path.GetFileNameWithoutExtension(o.Key), "N", out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();
        var referenced = (await db.StoredFiles.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => s.StoragePath).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var o in objects.Where(o => !referenced.Contains(o.Key)))
        {
            await storage.DeleteAsync(o.Key, ct);
            removed++;
        }
        return removed;
    }

    /// <summary>Temporary files a crash left while an upload was being received (they are on this node's disk with S3).</summary>
    private int SweepTemporaryFiles(DateTime before)
    {
        if (!Directory.Exists(storage.TempFolder)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(storage.TempFolder).Where(f => File.GetLastWriteTimeUtc(f) < before).ToList())
        {
            File.Delete(file);
            removed++;
        }
        return removed;
    }
}
