using Dundian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dundian.Core.Uploads;

/// <summary>
/// Removes files under {DataDirectory}/uploads that no <see cref="StoredFile"/> row refers to: what a crash left
/// between writing a file and committing its row, and half-written files in uploads/tmp. Only files older than
/// <see cref="MinAge"/> (a day) are touched, so an upload whose save is still running on this or another node is safe.
/// Running it on several nodes at once is harmless (deleting a file twice is a no-op).
/// </summary>
public sealed class UploadSweep(DundianDbContext db, DatabaseOptions options, TimeProvider clock)
{
    public static readonly TimeSpan MinAge = TimeSpan.FromDays(1);
    private const int Batch = 500;

    /// <summary>Deletes unreferenced files older than a day; returns how many were removed.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var root = options.UploadsRoot;
        if (!Directory.Exists(root)) return 0;
        var before = clock.GetUtcNow().UtcDateTime - MinAge;
        var old = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => File.GetLastWriteTimeUtc(f) < before).ToList();
        var removed = 0;
        foreach (var chunk in old.Chunk(Batch))
        {
            // A stored file is named by its row's id (StoragePath = yyyy/MM/{id:N}.ext); anything else is not ours to keep.
            var ids = chunk.Select(f => Guid.TryParseExact(Path.GetFileNameWithoutExtension(f), "N", out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty).Distinct().ToList();
            var paths = (await db.StoredFiles.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => s.StoragePath).ToListAsync(ct))
                .Select(p => Path.GetFullPath(Path.Combine(root, p))).ToHashSet(StringComparer.Ordinal);
            foreach (var file in chunk.Where(f => !paths.Contains(Path.GetFullPath(f))))
            {
                File.Delete(file);
                removed++;
            }
        }
        return removed;
    }
}
