using System.Net;
using System.Text;
using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Campaigns;

/// <summary>
/// Campaign documents: sanitised rich text, attachments through the file store (refusals in Chinese, nothing
/// saved), downloadable by staff, and by anyone only when the document is public.
/// </summary>
public abstract class CampaignDocumentTests(DundianApp app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private static Dictionary<string, string> Form(string title, bool isPublic = false) => new()
    {
        ["Input.Title"] = title, ["Input.Kind"] = "Notice", ["Input.Reference"] = "象委办〔2007〕12号", ["Input.IssuedOn"] = "2007-03-20",
        ["Input.IsPublic"] = isPublic ? "true" : "false",
        ["Input.BodyHtml"] = "<p>各镇乡(街道)党委:</p><script>alert(1)</script><p onclick=\"x()\">现将有关事项通知如下。</p>",
    };

    [Fact]
    public async Task Office_saves_a_notice_with_an_attachment_that_only_staff_may_download()
    {
        var (client, user) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var response = await client.PostMultipartAsync($"/manage/campaigns/{id}/documents/edit", Form("关于开展蹲点调研活动的通知"), ("Files", "通知.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var doc = await app.DbAsync(db => db.CampaignDocuments.Include(d => d.Attachments).ThenInclude(a => a.StoredFile)
            .SingleAsync(d => d.Title == "关于开展蹲点调研活动的通知"));
        Assert.DoesNotContain("script", doc.BodyHtml);
        Assert.DoesNotContain("onclick", doc.BodyHtml);
        Assert.Contains("现将有关事项通知如下", doc.BodyHtml);
        var file = Assert.Single(doc.Attachments).StoredFile!;
        Assert.Equal(("通知.pdf", false), (file.FileName, file.IsPublic));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(CampaignDocument) && a.UserId == user.Id)));

        var setup = await client.GetDocumentAsync($"/manage/campaigns/{id}/setup");
        Assert.NotNull(setup.QuerySelector($"a[href='/files/{file.Id}']"));
        var download = await client.GetAsync($"/files/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/files/{file.Id}")).StatusCode);

        // Marking the document public makes its attachment public too.
        var form = Form("关于开展蹲点调研活动的通知", isPublic: true);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostMultipartAsync($"/manage/campaigns/{id}/documents/edit/{doc.Id}", form)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/files/{file.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("方案.exe", "不支持的文件类型")]
    [InlineData("方案.pdf", "文件内容与扩展名")]
    public async Task Refused_attachment_shows_why_and_saves_nothing(string fileName, string message)
    {
        var (client, _) = await app.SignInOfficeAsync();
        var id = await app.CountyCampaignIdAsync();
        var (documents, files) = await CountsAsync();
        var title = "实施方案-" + Guid.NewGuid().ToString("N")[..6];
        var response = await client.PostMultipartAsync($"/manage/campaigns/{id}/documents/edit", Form(title),
            ("Files", "附件.pdf", Pdf), ("Files", fileName, Encoding.ASCII.GetBytes("MZ not a document")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".field-validation-error")!.TextContent);
        Assert.Equal((documents, files), await CountsAsync());
    }

    [Fact]
    public async Task Town_office_cannot_open_the_county_campaigns_documents()
    {
        var (client, _) = await app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, "石浦镇");
        var id = await app.CountyCampaignIdAsync();
        Assert.StartsWith("/account/access-denied", (await client.GetAsync($"/manage/campaigns/{id}/documents/edit")).RedirectTarget());
    }

    private Task<(int, int)> CountsAsync() =>
        app.DbAsync(async db => (await db.CampaignDocuments.CountAsync(), await db.StoredFiles.CountAsync()));
}

public sealed class CampaignDocumentTestsOnSqlite(SqliteApp app) : CampaignDocumentTests(app), IClassFixture<SqliteApp>;
public sealed class CampaignDocumentTestsOnPostgres(PostgresApp app) : CampaignDocumentTests(app), IClassFixture<PostgresApp>;
