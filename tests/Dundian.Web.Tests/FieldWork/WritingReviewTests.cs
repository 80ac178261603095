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
/// A field note through the pages from draft to the public topic page and the search index and back off them; the
/// moves a state does not allow are refused with the writing's Chinese message, and every move leaves an audit entry.
/// </summary>
public abstract class WritingReviewTests(DundianApp app)
{
    [Fact]
    public async Task A_note_goes_from_draft_to_the_public_topic_and_search_and_back_off_them()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 3);
        var (office, _) = await app.SignInOfficeAsync();
        var id = await cadre.WriteDraftAsync("notes", "渔港夜话蹲点手记", "<p>夜访渔港,听渔民谈鳗苗捕捞的难处。</p>");
        Assert.Equal(WritingStatus.Draft, await app.NoteStatusAsync(id));
        var page = await cadre.Client.GetDocumentAsync($"/manage/writings/notes/{id}");
        Assert.Equal("草稿", page.QuerySelector("#writing-status")!.TextContent.Trim());

        CampaignTestData.AssertRedirectTo(await cadre.Client.MoveAsync("notes", id, "Submit"), $"/manage/writings/notes/{id}");
        Assert.Equal(WritingStatus.Submitted, await app.NoteStatusAsync(id));
        var queue = await office.GetDocumentAsync("/manage/writings/notes?queue=true");
        Assert.NotNull(queue.QuerySelector($"tr[data-writing='{id}']"));

        // Returning needs a reason; without one nothing changes.
        var noReason = await office.MoveAsync("notes", id, "Return", "  ");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("退回时必须填写理由", await noReason.TextAsync());
        Assert.Equal(WritingStatus.Submitted, await app.NoteStatusAsync(id));
        CampaignTestData.AssertRedirectTo(await office.MoveAsync("notes", id, "Return", "请补充走访农户的具体情况"), $"/manage/writings/notes/{id}");
        Assert.Equal(WritingStatus.Returned, await app.NoteStatusAsync(id));

        // The author sees the reason, edits and resubmits in one go.
        page = await cadre.Client.GetDocumentAsync($"/manage/writings/notes/{id}");
        Assert.Contains("请补充走访农户的具体情况", page.QuerySelector("#return-reason")!.TextContent);
        var edit = $"/manage/writings/notes/edit/{id}";
        var resubmit = await cadre.Client.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["Input.VillageId"] = WritingClients.Text(cadre.VillageId), ["Input.Title"] = "渔港夜话蹲点手记",
            ["Input.BodyHtml"] = "<p>夜访渔港,走访农户五户,听渔民谈鳗苗捕捞的难处。</p>",
        }, edit + "?handler=Submit");
        CampaignTestData.AssertRedirectTo(resubmit, $"/manage/writings/notes/{id}");
        Assert.Equal(WritingStatus.Submitted, await app.NoteStatusAsync(id));

        CampaignTestData.AssertRedirectTo(await office.MoveAsync("notes", id, "Approve"), $"/manage/writings/notes/{id}");
        CampaignTestData.AssertRedirectTo(await office.MoveAsync("notes", id, "Publish"), $"/manage/writings/notes/{id}");
        Assert.Equal(WritingStatus.Published, await app.NoteStatusAsync(id));

        var visitor = app.CreateClient();
        var topic = await visitor.GetDocumentAsync($"/topics/campaign/{cadre.CampaignId}");
        var first = topic.QuerySelector(".campaign-writing-list li")!;
        Assert.Equal($"field-notes-{id}", first.GetAttribute("data-writing")); // latest first
        var author = await app.DbAsync(db => db.Participants.Where(p => p.Id == cadre.ParticipantId).Select(p => new { p.Name, p.Unit }).SingleAsync());
        var publicPage = await visitor.GetAsync($"/topics/field-notes/{id}");
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        var publicText = await publicPage.TextAsync();
        Assert.Contains("走访农户五户", publicText);
        Assert.Contains(Html.Squash($"作者:{author.Name}"), publicText);
        Assert.Contains(Html.Squash($"单位:{author.Unit}"), publicText);
        var hits = await visitor.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("鳗苗"));
        Assert.Contains(hits.QuerySelectorAll(".search-hit a"), a => a.GetAttribute("href") == $"/topics/field-notes/{id}");

        CampaignTestData.AssertRedirectTo(await office.MoveAsync("notes", id, "Unpublish"), $"/manage/writings/notes/{id}");
        Assert.Equal(WritingStatus.Approved, await app.NoteStatusAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/topics/field-notes/{id}")).StatusCode);
        topic = await visitor.GetDocumentAsync($"/topics/campaign/{cadre.CampaignId}");
        Assert.Null(topic.QuerySelector($"li[data-writing='field-notes-{id}']"));
        hits = await visitor.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("鳗苗"));
        Assert.DoesNotContain(hits.QuerySelectorAll(".search-hit a"), a => a.GetAttribute("href") == $"/topics/field-notes/{id}");

        // Every move is in the audit trail, with who made it; the page's 处理记录 reads it back.
        var key = WritingClients.Text(id);
        var audits = await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "FieldNote" && e.EntityKey == key)
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.Details, e.UserId }).ToListAsync());
        Assert.Equal("Insert", audits[0].Action);
        // The audit details hold the status change as numbers: Draft 1, Submitted 2, Returned 3, Approved 4, Published 5.
        string[] moves = ["\"Status\":{\"from\":1,\"to\":2}", "\"Status\":{\"from\":2,\"to\":3}", "\"Status\":{\"from\":3,\"to\":2}",
            "\"Status\":{\"from\":2,\"to\":4}", "\"Status\":{\"from\":4,\"to\":5}", "\"Status\":{\"from\":5,\"to\":4}"];
        Assert.Equal(moves, audits.Where(a => a.Action == "Update" && a.Details!.Contains("\"Status\"", StringComparison.Ordinal))
            .Select(a => moves.First(m => a.Details!.Contains(m, StringComparison.Ordinal))));
        Assert.Equal(cadre.User.Id, audits[0].UserId);
        var history = await office.GetDocumentAsync($"/manage/writings/notes/{id}");
        Assert.Contains("已提交 → 已退回", history.QuerySelector(".writing-history")!.TextContent);
    }

    // Each case writes as a member of its own group: a group has only five members without an account.
    public static readonly TheoryData<string, string, string, int> Refused = new()
    {
        { "Submitted", "Publish", "已提交的稿件不能发布", 4 },
        { "Draft", "Approve", "草稿的稿件不能审核通过", 5 },
        { "Approved", "Approve", "已审核的稿件不能审核通过", 6 },
        { "Approved", "Return", "已审核的稿件不能退回", 7 },
        { "Submitted", "Unpublish", "已提交的稿件不能撤下", 8 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_move_the_state_does_not_allow_is_refused_in_chinese_and_changes_nothing(string state, string handler, string message, int group)
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, group);
        var (office, _) = await app.SignInOfficeAsync();
        var id = await cadre.WriteDraftAsync("notes", "状态测试手记", "<p>正文</p>", submit: state != "Draft");
        if (state == "Approved") await office.MoveAsync("notes", id, "Approve");
        var before = await app.NoteStatusAsync(id);
        Assert.Equal(state, before.ToString());
        var audits = await app.DbAsync(db => db.AuditEntries.CountAsync());

        var response = await office.MoveAsync("notes", id, handler, "理由");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).QuerySelector(".message-error")!.TextContent);
        Assert.Equal(before, await app.NoteStatusAsync(id));
        Assert.Equal(audits, await app.DbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Authors_cannot_review_and_reviewers_cannot_submit_or_edit_for_the_author()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 9);
        var (office, _) = await app.SignInOfficeAsync();
        var id = await cadre.WriteDraftAsync("notes", "权限测试手记", "<p>正文</p>");
        WritingClients.AssertDenied(await office.MoveAsync("notes", id, "Submit"));
        WritingClients.AssertDenied(await office.GetAsync($"/manage/writings/notes/edit/{id}"));
        await cadre.Client.MoveAsync("notes", id, "Submit");
        WritingClients.AssertDenied(await cadre.Client.MoveAsync("notes", id, "Approve"));
        Assert.Equal(WritingStatus.Submitted, await app.NoteStatusAsync(id));

        // A submitted note can no longer be edited, even by its author.
        var edit = $"/manage/writings/notes/edit/{id}";
        var response = await cadre.Client.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["Input.VillageId"] = WritingClients.Text(cadre.VillageId), ["Input.Title"] = "改过的标题", ["Input.BodyHtml"] = "<p>新</p>",
        });
        Assert.Contains("已提交的稿件不能修改", await response.TextAsync());
        Assert.Equal("权限测试手记", await app.DbAsync(db => db.FieldNotes.Where(n => n.Id == id).Select(n => n.Title).SingleAsync()));

        // A post without the antiforgery token changes nothing.
        var bare = await cadre.Client.PostAsync($"/manage/writings/notes/{id}?handler=Submit", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
    }

    [Fact]
    public async Task A_report_links_its_research_topic_and_shows_it_on_the_public_page()
    {
        var lead = await app.SignInLinkedAsync(StaffRole.GroupLead, 15, leader: true);
        var (office, _) = await app.SignInOfficeAsync();
        var topic = await app.DbAsync(db => db.ResearchTopics.Where(t => t.GroupId == lead.GroupId).Select(t => new { t.Id, t.Title }).FirstAsync());
        // The demo already linked the group's report to this topic; a second report may not take it.
        var url = "/manage/writings/reports/edit";
        var fields = new Dictionary<string, string>
        {
            ["Input.ParticipantId"] = WritingClients.Text(lead.ParticipantId), ["Input.VillageId"] = WritingClients.Text(lead.VillageId),
            ["Input.Title"] = "补充调研报告", ["Input.BodyHtml"] = "<p>补充材料</p>", ["Input.TopicId"] = WritingClients.Text(topic.Id),
        };
        var taken = await lead.Client.PostFormAsync(url, fields);
        Assert.Contains("该调研主题已关联其他调研报告", await taken.TextAsync());
        await app.DbAsync(db => db.ResearchTopics.Where(t => t.Id == topic.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ReportId, (int?)null)));
        var saved = await lead.Client.PostFormAsync(url, fields, url + "?handler=Submit");
        var target = saved.RedirectTarget();
        var id = int.Parse(target[(target.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(id, await app.DbAsync(db => db.ResearchTopics.Where(t => t.Id == topic.Id).Select(t => t.ReportId).SingleAsync()));
        await office.MoveAsync("reports", id, "Approve");
        await office.MoveAsync("reports", id, "Publish");
        var text = await (await app.CreateClient().GetAsync($"/topics/research-reports/{id}")).TextAsync();
        Assert.Contains(Html.Squash($"调研主题:「{topic.Title}」"), text);
    }
}

public sealed class WritingReviewTestsOnSqlite(SqliteApp app) : WritingReviewTests(app), IClassFixture<SqliteApp>;
public sealed class WritingReviewTestsOnPostgres(PostgresApp app) : WritingReviewTests(app), IClassFixture<PostgresApp>;
