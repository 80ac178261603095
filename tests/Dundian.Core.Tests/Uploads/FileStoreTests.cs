using System.Text;
using Dundian.Core.Uploads;
using Dundian.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Core.Tests.Uploads;

public abstract class FileStoreTests(MigratedDatabase database)
{
    internal static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    private FolderUploadStorage Folder => new(database.Database.Options);
    private FileStore Store(Dundian.Core.Data.DundianDbContext db) => new(db, Folder, TimeProvider.System);

    [Fact]
    public async Task A_valid_image_is_stored_with_its_hash_and_can_be_read_back()
    {
        var ct = TestContext.Current.CancellationToken;
        Guid id;
        await using (var db = database.NewContext())
        {
            var file = await Store(db).SaveAsync(new MemoryStream(TinyPng), @"C:\照片\村口.PNG", UploadPolicy.Images,
                isPublic: false, scopePath: "/1/2/", altText: " 村口道路 ", ct: ct);
            await db.SaveChangesAsync(ct);
            id = file.Id;
        }
        await using (var db = database.NewContext())
        {
            var file = await db.StoredFiles.SingleAsync(f => f.Id == id, ct);
            Assert.Equal("村口.PNG", file.FileName);
            Assert.Equal("image/png", file.ContentType);
            Assert.Equal(TinyPng.Length, file.Length);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(TinyPng)), file.Sha256);
            Assert.Equal("村口道路", file.AltText);
            Assert.EndsWith(".png", file.StoragePath);
            await using var read = await Store(db).OpenReadAsync(file, ct);
            using var copy = new MemoryStream();
            await read.CopyToAsync(copy, ct);
            Assert.Equal(TinyPng, copy.ToArray());
        }
    }

    [Theory]
    [InlineData("恶意.exe", "不支持的文件类型")]
    [InlineData("假图片.jpg", "文件内容与扩展名")]
    [InlineData("page.html", "不支持的文件类型")]
    [InlineData("icon.svg", "不支持的文件类型")]
    public async Task A_forbidden_or_disguised_file_is_refused_and_nothing_is_written(string name, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var before = CountFiles();
        var ex = await Assert.ThrowsAsync<UploadRejectedException>(() => Store(db).SaveAsync(
            new MemoryStream(Encoding.UTF8.GetBytes("MZ<script>alert(1)</script>")), name, UploadPolicy.Images, true, ct: ct));
        Assert.Contains(message, ex.Message);
        Assert.Empty(db.ChangeTracker.Entries<StoredFile>());
        Assert.Equal(before, CountFiles());
    }

    [Fact]
    public async Task An_oversized_file_is_refused_and_its_partial_copy_removed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var before = CountFiles();
        var big = new byte[UploadPolicy.Images.MaxBytes + 1];
        TinyPng.CopyTo(big, 0);
        var ex = await Assert.ThrowsAsync<UploadRejectedException>(() =>
            Store(db).SaveAsync(new MemoryStream(big), "大图.png", UploadPolicy.Images, true, ct: ct));
        Assert.Contains("5 MB", ex.Message);
        Assert.Empty(db.ChangeTracker.Entries<StoredFile>());
        Assert.Equal(before, CountFiles());
    }

    private int CountFiles()
    {
        var root = Path.Combine(database.Database.Options.DataDirectory, "uploads");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0;
    }
}

public sealed class FileStoreTestsOnSqlite(SqliteDatabase db) : FileStoreTests(db), IClassFixture<SqliteDatabase>;
public sealed class FileStoreTestsOnPostgres(PostgresDatabase db) : FileStoreTests(db), IClassFixture<PostgresDatabase>;
