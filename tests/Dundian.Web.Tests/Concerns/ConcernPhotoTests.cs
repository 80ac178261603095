using System.Net;
using Dundian.Core.Accounts;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Dundian.Web.Tests.Concerns.MultipartForms;

namespace Dundian.Web.Tests.Concerns;

/// <summary>
/// Photos on a concern: accepted ones are private to the staff of the village's org units; a refused one (too big,
/// not an image, an image extension on something else) leaves nothing behind — no concern, no file row, no bytes.
/// </summary>
public abstract class ConcernPhotoTests(DundianApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Concerns, int FileRows, int FilesOnDisk)> StoredAsync()
    {
        var uploads = Path.Combine(app.Database.Options.DataDirectory, "uploads");
        var onDisk = Directory.Exists(uploads) ? Directory.GetFiles(uploads, "*", SearchOption.AllDirectories).Length : 0;
        return (await app.ConcernCountAsync(), await app.DbAsync(db => db.StoredFiles.CountAsync(Ct)), onDisk);
    }

    private async Task<HttpResponseMessage> SubmitWithPhotosAsync(HttpClient resident, string description, params Upload[] photos) =>
        await resident.PostMultipartAsync("/concerns/new", await app.ValidFormAsync(description), photos);

    [Fact]
    public async Task A_photo_sent_with_the_public_form_is_shown_to_staff_in_scope_and_to_nobody_else()
    {
        var description = "东门渔村码头护栏断裂,存在安全隐患 " + Guid.NewGuid().ToString("N")[..6];
        var png = TestImages.Png();
        var posted = await SubmitWithPhotosAsync(app.Resident(), description,
            new Upload("Input.Photos", "护栏.png", png, "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var id = await app.DbAsync(db => db.Concerns.Where(c => c.Description == description).Select(c => c.Id).SingleAsync(Ct));
        var photo = await app.DbAsync(db => db.ConcernPhotos.Include(p => p.File).SingleAsync(p => p.ConcernId == id, Ct));
        var (fileId, scopePath, isPublic) = (photo.FileId, photo.File!.ScopePath, photo.File.IsPublic);
        Assert.False(isPublic);
        Assert.Equal(await app.DbAsync(db => db.OrgUnits.Where(u => u.Name == "东门渔村").Select(u => u.Path).SingleAsync(Ct)), scopePath);

        var (county, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县", "photo", ConcernClients.NewIp());
        var detail = await (await county.GetAsync($"/manage/concerns/{id}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains($"src=\"/files/{fileId}\"", detail);
        var image = await county.GetAsync($"/files/{fileId}", Ct);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync(Ct));

        var (town, _) = await app.SignInAsync(StaffRole.CampaignOffice, "石浦镇", "photo", ConcernClients.NewIp());
        Assert.Equal(HttpStatusCode.OK, (await town.GetAsync($"/files/{fileId}", Ct)).StatusCode);

        var (otherTown, _) = await app.SignInAsync(StaffRole.CampaignOffice, "丹东街道", "photo", ConcernClients.NewIp());
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.GetAsync($"/files/{fileId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Resident().GetAsync($"/files/{fileId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_concern_photo_opens_exactly_for_those_who_may_read_the_concern()
    {
        var description = "码头护栏断裂照片权限 " + Guid.NewGuid().ToString("N")[..6];
        var posted = await SubmitWithPhotosAsync(app.Resident(), description, new Upload("Input.Photos", "护栏.png", TestImages.Png(), "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var fileId = await app.DbAsync(db => db.ConcernPhotos
            .Where(p => db.Concerns.Any(c => c.Id == p.ConcernId && c.Description == description)).Select(p => p.FileId).SingleAsync(Ct));

        // Granted on the whole city, but their roles do not open concerns — so not their photos either.
        foreach (var role in new[] { StaffRole.Editor, StaffRole.Reviewer })
        {
            var (client, _) = await app.SignInAsync(role, "宁波市", "photo", ConcernClients.NewIp());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/files/{fileId}", Ct)).StatusCode);
        }
        foreach (var (role, unit) in new[] { (StaffRole.SystemAdmin, "宁波市"), (StaffRole.HotlineOperator, "象山县") })
        {
            var (client, _) = await app.SignInAsync(role, unit, "photo", ConcernClients.NewIp());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/files/{fileId}", Ct)).StatusCode);
        }
    }

    public static TheoryData<string, string> RefusedPhotos => new()
    {
        { "oversized", "文件超过 5 MB 的上限" },
        { "not-an-image", "不支持的文件类型“.txt”" },
        { "disguised", "文件内容与扩展名“.jpg”不符" },
        { "second-of-two", "第 2 张照片" },
        { "too-many", "最多上传 4 张照片" },
    };

    [Theory]
    [MemberData(nameof(RefusedPhotos))]
    public async Task A_refused_photo_gets_a_chinese_message_and_nothing_is_stored(string kind, string message)
    {
        var good = new Upload("Input.Photos", "现场.png", TestImages.Png(), "image/png");
        Upload[] photos = kind switch
        {
            "oversized" => [new Upload("Input.Photos", "大图.png", TestImages.OversizedPng(5 * 1024 * 1024 + 1), "image/png")],
            "not-an-image" => [new Upload("Input.Photos", "说明.txt", TestImages.Text(), "text/plain")],
            "disguised" => [new Upload("Input.Photos", "照片.jpg", TestImages.Executable(), "image/jpeg")],
            "second-of-two" => [good, new Upload("Input.Photos", "照片.jpg", TestImages.Executable(), "image/jpeg")],
            _ => [good, good, good, good, good],
        };
        var description = "村道路灯损坏,夜间无法通行 " + Guid.NewGuid().ToString("N")[..6];
        var before = await StoredAsync();

        var response = await SubmitWithPhotosAsync(app.Resident(), description, photos);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Html.Squash(message), await response.TextAsync());
        Assert.Equal(before, await StoredAsync());
        Assert.False(await app.DbAsync(db => db.Concerns.AnyAsync(c => c.Description == description, Ct)));
    }

    [Fact]
    public async Task Open311_takes_a_photo_as_media_and_refuses_a_disguised_one_storing_nothing()
    {
        MultipartFormDataContent Form(string description, string fileName, byte[] bytes) => new()
        {
            { new StringContent(DundianApp.Open311ApiKey), "api_key" }, { new StringContent("roads"), "service_code" },
            { new StringContent("东门渔村"), "address_string" }, { new StringContent(description), "description" },
            { new ByteArrayContent(bytes), "media", fileName },
        };
        var client = app.CreateClient();
        var before = await StoredAsync();
        var refused = await client.PostAsync("/open311/v2/requests.json", Form("渔港路面破损,请尽快修复 x1", "photo.jpg", TestImages.Executable()), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("文件内容与扩展名", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(before, await StoredAsync());

        var description = "渔港路面破损,请尽快修复 " + Guid.NewGuid().ToString("N")[..6];
        var created = await client.PostAsync("/open311/v2/requests.json", Form(description, "photo.png", TestImages.Png()), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(1, await app.DbAsync(db => db.Concerns.Where(c => c.Description == description).SelectMany(c => c.Photos).CountAsync(Ct)));
    }

    [Fact]
    public async Task A_hotline_operator_attaches_a_photo_and_a_disguised_one_is_refused_storing_nothing()
    {
        var (operatorClient, _) = await app.SignInAsync(StaffRole.HotlineOperator, "象山县", "hotline", ConcernClients.NewIp());
        var form = await app.ValidFormAsync("来电反映:东门渔村渔港照明不足 " + Guid.NewGuid().ToString("N")[..6]);
        var before = await StoredAsync();
        var refused = await operatorClient.PostMultipartAsync("/manage/concerns/new", form,
            [new Upload("Input.Photos", "来电.gif", TestImages.Text(), "image/gif")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("文件内容与扩展名“.gif”不符", await refused.TextAsync());
        Assert.Equal(before, await StoredAsync());

        var posted = await operatorClient.PostMultipartAsync("/manage/concerns/new", form, [new Upload("Input.Photos", "现场.png", TestImages.Png(), "image/png")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var id = int.Parse(posted.RedirectTarget().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await app.DbAsync(db => db.ConcernPhotos.CountAsync(p => p.ConcernId == id, Ct)));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "ConcernPhoto", Ct)));
    }

    [Fact]
    public async Task The_public_form_posts_multipart_with_a_file_input()
    {
        var doc = await app.Resident().GetDocumentAsync("/concerns/new");
        var form = doc.QuerySelector("form.concern-form")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var input = form.QuerySelector("input[type=file][name='Input.Photos']")!;
        Assert.True(input.HasAttribute("multiple"));
        Assert.Contains(".png", input.GetAttribute("accept"));
    }
}

public sealed class ConcernPhotoTestsOnSqlite(SqliteApp app) : ConcernPhotoTests(app), IClassFixture<SqliteApp>;
public sealed class ConcernPhotoTestsOnPostgres(PostgresApp app) : ConcernPhotoTests(app), IClassFixture<PostgresApp>;
