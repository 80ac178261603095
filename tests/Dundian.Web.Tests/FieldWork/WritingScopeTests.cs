using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.FieldWork;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.FieldWork;

/// <summary>
/// Who sees which writings (a cadre his own, a group lead his group's, a town office its town's) and what the
/// public page makes of a note: script rendered inert, residents' names, phones and ID numbers masked.
/// </summary>
public abstract class WritingScopeTests(DundianApp app)
{
    [Fact]
    public async Task Cadre_sees_only_his_own_notes()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 7, leader: true);
        var own = await app.DbAsync(db => db.FieldNotes.CountAsync(n => n.AuthorId == cadre.ParticipantId));
        Assert.True(own > 0);
        var page = await cadre.Client.GetDocumentAsync("/manage/writings/notes");
        var name = await app.DbAsync(db => db.Participants.Where(p => p.Id == cadre.ParticipantId).Select(p => p.Name).SingleAsync());
        var rows = page.QuerySelectorAll("table.writings tbody tr");
        Assert.Equal(own, rows.Length);
        Assert.All(rows, r => Assert.Equal(name, r.QuerySelectorAll("td")[1].TextContent.Trim()));

        var other = await app.DbAsync(db => db.FieldNotes.Where(n => n.AuthorId != cadre.ParticipantId).Select(n => n.Id).FirstAsync());
        WritingClients.AssertDenied(await cadre.Client.GetAsync($"/manage/writings/notes/{other}"));
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.Client.GetAsync("/manage/writings/notes/999999")).StatusCode);
    }

    [Fact]
    public async Task Group_lead_sees_his_groups_notes_and_no_others()
    {
        var lead = await app.SignInLinkedAsync(StaffRole.GroupLead, 6, leader: true);
        var expected = await app.DbAsync(db => db.FieldNotes.CountAsync(n => n.Author!.GroupId == lead.GroupId));
        var page = await lead.Client.GetDocumentAsync("/manage/writings/notes");
        var rows = page.QuerySelectorAll("table.writings tbody tr");
        Assert.Equal(expected, rows.Length);
        Assert.All(rows, r => Assert.Equal(lead.GroupName, r.QuerySelectorAll("td")[2].TextContent.Trim()));
        Assert.Null(page.QuerySelector("#review-queue")); // a group lead does not review
    }

    [Fact]
    public async Task Town_office_sees_its_towns_notes_but_does_not_review_the_county_campaign()
    {
        var member = await app.SignInLinkedAsync(StaffRole.Cadre, 10);
        var town = await app.DbAsync(db => db.OrgUnits.Where(u => u.Id == member.VillageId).Select(u => u.Parent!).SingleAsync());
        var (office, _) = await app.SignInFromOwnAddressAsync(StaffRole.CampaignOffice, town.Name);
        var id = await member.WriteDraftAsync("notes", "镇办可见手记", "<p>正文</p>", submit: true);

        var expected = await app.DbAsync(db => db.FieldNotes.CountAsync(n => n.VillagePath.StartsWith(town.Path)));
        var page = await office.GetDocumentAsync("/manage/writings/notes");
        Assert.Equal(expected, page.QuerySelectorAll("table.writings tbody tr").Length);
        Assert.NotNull(page.QuerySelector($"tr[data-writing='{id}']"));
        var detail = await office.GetDocumentAsync($"/manage/writings/notes/{id}");
        Assert.Null(detail.QuerySelector("form[action*='handler=Approve']"));
        WritingClients.AssertDenied(await office.MoveAsync("notes", id, "Approve"));
        Assert.Equal(WritingStatus.Submitted, await app.NoteStatusAsync(id));

        var elsewhere = await app.DbAsync(db => db.FieldNotes.Where(n => !n.VillagePath.StartsWith(town.Path)).Select(n => n.Id).FirstAsync());
        WritingClients.AssertDenied(await office.GetAsync($"/manage/writings/notes/{elsewhere}"));
    }

    [Fact]
    public async Task Published_note_renders_script_inert_and_masks_residents_personal_data()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 11);
        var (office, _) = await app.SignInOfficeAsync();
        // A household of his village, entered in the register by him (his group's liaison village is in his scope).
        var created = await cadre.Client.PostFormAsync("/manage/households/edit", new Dictionary<string, string>
        {
            ["Input.VillageId"] = WritingClients.Text(cadre.VillageId), ["Input.HeadName"] = "郑海生", ["Input.Phone"] = "13905741234",
            ["Input.Kind"] = "Illness", ["Input.Situation"] = "长期患病",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var body = "<p>走访困难户郑海生,电话13905741234,身份证330225198001011234。</p>"
                   + "<script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">链接</a>"
                   + "<p onclick=\"alert(3)\">渔村夜谈</p>";
        var id = await cadre.WriteDraftAsync("notes", "郑海生家的渔船", body, submit: true);
        await office.MoveAsync("notes", id, "Approve");
        await office.MoveAsync("notes", id, "Publish");

        var response = await app.CreateClient().GetAsync($"/topics/field-notes/{id}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
        var article = page.QuerySelector("#article-body")!;
        Assert.Empty(article.QuerySelectorAll("script"));
        Assert.DoesNotContain("onerror", article.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", article.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", article.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("渔村夜谈", article.TextContent);

        Assert.DoesNotContain("郑海生", html);
        Assert.DoesNotContain("13905741234", html);
        Assert.DoesNotContain("330225198001011234", html);
        Assert.Contains("郑**", article.TextContent);
        Assert.Contains("139****1234", article.TextContent);
        Assert.Contains("330*************34", article.TextContent);
        Assert.Equal("郑**家的渔船", page.QuerySelector("h1.article-title")!.TextContent.Trim());

        // The index holds the masked text too: the resident's name and phone find nothing.
        foreach (var q in new[] { "郑海生", "13905741234" })
        {
            var hits = await app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q));
            Assert.DoesNotContain(hits.QuerySelectorAll(".search-hit a"), a => a.GetAttribute("href") == $"/topics/field-notes/{id}");
        }
    }
}

public sealed class WritingScopeTestsOnSqlite(SqliteApp app) : WritingScopeTests(app), IClassFixture<SqliteApp>;
public sealed class WritingScopeTestsOnPostgres(PostgresApp app) : WritingScopeTests(app), IClassFixture<PostgresApp>;
