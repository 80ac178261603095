using Dundian.Core.Concerns;
using Dundian.Core.Uploads;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Uploads;

/// <summary>
/// Issue 13: the upload guarantees with the S3 store, on a real S3-protocol server (s3rver): an object appears under
/// its row's StoragePath only when accepted, an object whose owning save fails is deleted when the scope ends, and the
/// sweep removes unreferenced objects older than a day (ListObjectsV2's LastModified) and nothing else.
/// </summary>
public abstract class S3UploadStorageTests(MigratedDatabase database, S3TestBucket bucket)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private S3UploadStorage Storage() => new(bucket.Options, database.Database.Options);

    [Fact]
    public async Task An_accepted_file_is_an_object_under_its_storage_path_and_a_failed_save_leaves_none()
    {
        using var storage = Storage();
        StoredFile committed, failed;
        var png = TestImages.Png();
        await using (var db = database.NewContext())
        {
            await using var store = new FileStore(db, storage, TimeProvider.System);
            committed = await store.SaveAsync(new MemoryStream(png), "护栏.png", UploadPolicy.Images, isPublic: true, ct: Ct);
            await db.SaveChangesAsync(Ct);
        }
        Assert.Matches(@"^\d{4}/\d{2}/[0-9a-f]{32}\.png$", committed.StoragePath);
        Assert.Equal(png, await bucket.BytesAsync(committed.StoragePath));
        await using (var db = database.NewContext())
        {
            var store = new FileStore(db, storage, TimeProvider.System);
            await using var read = await store.OpenReadAsync(await db.StoredFiles.SingleAsync(f => f.Id == committed.Id, Ct), Ct);
            read.Seek(8, SeekOrigin.Begin); // past the signature: a ranged GET
            var rest = new byte[png.Length - 8];
            await read.ReadExactlyAsync(rest, Ct);
            Assert.Equal(png[8..], rest);
        }

        await using (var db = database.NewContext())
        {
            await using (var store = new FileStore(db, storage, TimeProvider.System))
            {
                failed = await store.SaveAsync(new MemoryStream(png), "照片.png", UploadPolicy.Images, isPublic: false, ct: Ct);
                Assert.Contains(failed.StoragePath, await bucket.KeysAsync());
                // The owner refers to a concern that does not exist: the save fails on the foreign key.
                db.ConcernPhotos.Add(new ConcernPhoto { ConcernId = int.MaxValue, FileId = failed.Id });
                await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            }
        }
        var keys = await bucket.KeysAsync();
        Assert.DoesNotContain(failed.StoragePath, keys);
        Assert.Contains(committed.StoragePath, keys);
        Assert.Empty(Directory.Exists(storage.TempFolder) ? Directory.GetFiles(storage.TempFolder) : []);
    }

    [Fact]
    public async Task A_refused_file_leaves_no_object()
    {
        using var storage = Storage();
        var before = await bucket.KeysAsync();
        await using var db = database.NewContext();
        await using var store = new FileStore(db, storage, TimeProvider.System);
        await Assert.ThrowsAsync<UploadRejectedException>(() =>
            store.SaveAsync(new MemoryStream("MZ<script>"u8.ToArray()), "假图片.png", UploadPolicy.Images, true, ct: Ct));
        var big = new byte[UploadPolicy.Images.MaxBytes + 1];
        TestImages.Png().CopyTo(big, 0);
        await Assert.ThrowsAsync<UploadRejectedException>(() =>
            store.SaveAsync(new MemoryStream(big), "大图.png", UploadPolicy.Images, true, ct: Ct));
        Assert.Empty(db.ChangeTracker.Entries<StoredFile>());
        Assert.Equal(before, await bucket.KeysAsync());
    }

    [Fact]
    public async Task The_sweep_removes_unreferenced_objects_older_than_a_day_only()
    {
        using var storage = Storage();
        StoredFile kept;
        await using (var db = database.NewContext())
        {
            await using var store = new FileStore(db, storage, TimeProvider.System);
            kept = await store.SaveAsync(new MemoryStream(TestImages.Png()), "村口.png", UploadPolicy.Images, isPublic: true, ct: Ct);
            await db.SaveChangesAsync(Ct);
        }
        // What a crash leaves between PutObject and the commit: an object no row names.
        var orphan = $"2026/12/{Guid.NewGuid():N}.png";
        await bucket.PutAsync(orphan, TestImages.Png());

        // Today nothing is old enough: the orphan might be an upload whose save is still running on another node.
        await using (var db = database.NewContext())
            await new UploadSweep(db, storage, TimeProvider.System).SweepAsync(Ct);
        Assert.Contains(orphan, await bucket.KeysAsync());

        // Two days on (S3 sets LastModified itself, so the clock moves instead), the orphan goes and the row's object stays.
        var later = new ManualClock(DateTimeOffset.UtcNow.AddDays(2));
        await using (var db = database.NewContext())
            Assert.True(await new UploadSweep(db, storage, later).SweepAsync(Ct) >= 1);
        var keys = await bucket.KeysAsync();
        Assert.DoesNotContain(orphan, keys);
        Assert.Contains(kept.StoragePath, keys);
    }
}

public sealed class S3UploadStorageTestsOnSqlite(SqliteDatabase db, S3TestBucket bucket)
    : S3UploadStorageTests(db, bucket), IClassFixture<SqliteDatabase>, IClassFixture<S3TestBucket>;
public sealed class S3UploadStorageTestsOnPostgres(PostgresDatabase db, S3TestBucket bucket)
    : S3UploadStorageTests(db, bucket), IClassFixture<PostgresDatabase>, IClassFixture<S3TestBucket>;
