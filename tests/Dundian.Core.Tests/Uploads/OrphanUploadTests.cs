using Dundian.Core.Concerns;
using Dundian.Core.Uploads;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Uploads;

/// <summary>
/// Issue 9, point 4: a file whose owning save fails is removed at the end of the scope, a committed one stays, and
/// the sweep removes unreferenced files older than a day (and nothing younger, nothing referenced).
/// </summary>
public abstract class OrphanUploadTests(MigratedDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private string Root => Path.Combine(database.Database.Options.DataDirectory, "uploads");

    private FolderUploadStorage Folder => new(database.Database.Options);
    private FileStore Store(Dundian.Core.Data.DundianDbContext db) => new(db, Folder, TimeProvider.System);

    [Fact]
    public async Task A_file_whose_owning_save_fails_is_removed_and_a_committed_one_stays()
    {
        string failed, committed;
        await using (var db = database.NewContext())
        {
            using var store = Store(db);
            var file = await store.SaveAsync(new MemoryStream(FileStoreTests.TinyPng), "a.png", UploadPolicy.Images, isPublic: false, ct: Ct);
            failed = Folder.FullPath(file.StoragePath);
            // The owner refers to a concern that does not exist: the save fails on the foreign key, nothing is committed.
            db.ConcernPhotos.Add(new ConcernPhoto { ConcernId = int.MaxValue, FileId = file.Id });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            Assert.True(File.Exists(failed));
        }
        Assert.False(File.Exists(failed));

        await using (var db = database.NewContext())
        {
            using var store = Store(db);
            var file = await store.SaveAsync(new MemoryStream(FileStoreTests.TinyPng), "b.png", UploadPolicy.Images, isPublic: true, ct: Ct);
            committed = Folder.FullPath(file.StoragePath);
            await db.SaveChangesAsync(Ct);
        }
        Assert.True(File.Exists(committed));
    }

    [Fact]
    public async Task The_sweep_removes_unreferenced_files_older_than_a_day_only()
    {
        string kept;
        await using (var db = database.NewContext())
        {
            using var store = Store(db);
            var file = await store.SaveAsync(new MemoryStream(FileStoreTests.TinyPng), "c.png", UploadPolicy.Images, isPublic: true, ct: Ct);
            kept = Folder.FullPath(file.StoragePath);
            await db.SaveChangesAsync(Ct);
        }
        var dir = Path.Combine(Root, "2020", "01");
        Directory.CreateDirectory(dir);
        var orphanOld = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".png");
        var orphanNew = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".png");
        Directory.CreateDirectory(Path.Combine(Root, "tmp"));
        var halfWritten = Path.Combine(Root, "tmp", Guid.NewGuid().ToString("N"));
        foreach (var f in new[] { orphanOld, orphanNew, halfWritten }) await File.WriteAllBytesAsync(f, FileStoreTests.TinyPng, Ct);
        var twoDaysAgo = DateTime.UtcNow.AddDays(-2);
        foreach (var f in new[] { orphanOld, halfWritten, kept }) File.SetLastWriteTimeUtc(f, twoDaysAgo);

        await using (var db = database.NewContext())
            Assert.True(await new UploadSweep(db, Folder, TimeProvider.System).SweepAsync(Ct) >= 2);

        Assert.False(File.Exists(orphanOld));
        Assert.False(File.Exists(halfWritten));
        Assert.True(File.Exists(orphanNew));
        Assert.True(File.Exists(kept));
    }
}

public sealed class OrphanUploadTestsOnSqlite(SqliteDatabase db) : OrphanUploadTests(db), IClassFixture<SqliteDatabase>;
public sealed class OrphanUploadTestsOnPostgres(PostgresDatabase db) : OrphanUploadTests(db), IClassFixture<PostgresDatabase>;
