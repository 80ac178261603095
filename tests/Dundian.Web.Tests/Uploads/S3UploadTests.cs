using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Concerns;
using Dundian.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Dundian.Web.Tests.Concerns.MultipartForms;

namespace Dundian.Web.Tests.Uploads;

/// <summary>
/// Issue 13: with Uploads:Store = S3 the app keeps uploads in a bucket of a real S3-protocol server (s3rver on
/// loopback), not on the node's disk: an image sent through the editor's upload lands under its row's StoragePath and
/// /files/{id} serves the same bytes (type, ranges, ETag); a refused upload leaves no object and no row.
/// </summary>
public abstract class S3UploadTests(S3UploadApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> RowsAsync() => app.DbAsync(db => db.StoredFiles.CountAsync(Ct));

    private int LocalFiles()
    {
        var folder = Path.Combine(app.Database.Options.DataDirectory, "uploads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
    }

    [Fact]
    public async Task An_image_uploaded_by_an_editor_is_stored_in_the_bucket_and_served_from_it()
    {
        var (editor, _) = await app.EditorAsync();
        var png = TestImages.Png(200, 150);
        var response = await editor.PostMultipartAsync("/manage/articles/edit", "/manage/articles/images",
            new() { ["alt"] = "村口的新路灯" }, ("file", "路灯.png", png));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("url").GetString()!;
        var id = Guid.Parse(url["/files/".Length..]);

        var row = await app.DbAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == id, Ct));
        Assert.Contains(row.StoragePath, await app.Bucket.KeysAsync());
        Assert.Equal(png, await app.Bucket.BytesAsync(row.StoragePath));
        Assert.Equal(0, LocalFiles()); // nothing on this node's disk (the demo pictures went to the bucket too)

        var reader = app.Resident();
        var served = await reader.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("public, max-age=86400", served.Headers.CacheControl?.ToString());

        // A range (a video player seeking) is a ranged GET on the object.
        using var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new RangeHeaderValue(100, 299);
        var partial = await reader.SendAsync(range, Ct);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(png[100..300], await partial.Content.ReadAsByteArrayAsync(Ct));

        // The ETag is the content's hash: a browser that has the file gets 304 and no bytes.
        Assert.Equal($"\"{row.Sha256}\"", served.Headers.ETag?.Tag);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(served.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(again, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_refused_image_leaves_no_object_and_no_row()
    {
        var (editor, _) = await app.EditorAsync();
        var (keys, rows) = (await app.Bucket.KeysAsync(), await RowsAsync());

        var disguised = await editor.PostMultipartAsync("/manage/articles/edit", "/manage/articles/images",
            new() { ["alt"] = "图" }, ("file", "照片.png", TestImages.Executable()));
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Contains("文件内容与扩展名“.png”不符", await disguised.Content.ReadAsStringAsync(Ct));
        var oversized = await editor.PostMultipartAsync("/manage/articles/edit", "/manage/articles/images",
            new() { ["alt"] = "大图" }, ("file", "大图.png", NewsroomClients.Png(5 * 1024 * 1024 + 1)));
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Contains("文件超过 5 MB 的上限", await oversized.Content.ReadAsStringAsync(Ct));

        Assert.Equal(keys, await app.Bucket.KeysAsync());
        Assert.Equal(rows, await RowsAsync());
    }

    [Fact]
    public async Task A_concern_whose_second_photo_is_refused_leaves_no_object_of_the_first()
    {
        var (operatorClient, _) = await app.SignInAsync(StaffRole.HotlineOperator, "象山县", "hotline", ConcernClients.NewIp());
        var form = await app.ValidFormAsync("来电反映:东门渔村渔港照明不足 " + Guid.NewGuid().ToString("N")[..6]);
        var (keys, rows) = (await app.Bucket.KeysAsync(), await RowsAsync());

        var refused = await operatorClient.PostMultipartAsync("/manage/concerns/new", form,
        [
            new Upload("Input.Photos", "现场.png", TestImages.Png(), "image/png"),
            new Upload("Input.Photos", "来电.jpg", TestImages.Executable(), "image/jpeg"),
        ]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Html.Squash("第 2 张照片"), await refused.TextAsync());
        Assert.Equal(keys, await app.Bucket.KeysAsync());
        Assert.Equal(rows, await RowsAsync());

        var posted = await operatorClient.PostMultipartAsync("/manage/concerns/new", form,
            [new Upload("Input.Photos", "现场.png", TestImages.Png(), "image/png")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var path = await app.DbAsync(db => db.StoredFiles.Where(f => !keys.Contains(f.StoragePath)).Select(f => f.StoragePath).SingleAsync(Ct));
        var now = await app.Bucket.KeysAsync();
        Assert.Equal(keys.Count + 1, now.Count);
        Assert.Contains(path, now);
    }
}

public sealed class S3UploadTestsOnSqlite(S3SqliteApp app) : S3UploadTests(app), IClassFixture<S3SqliteApp>;
public sealed class S3UploadTestsOnPostgres(S3PostgresApp app) : S3UploadTests(app), IClassFixture<S3PostgresApp>;
