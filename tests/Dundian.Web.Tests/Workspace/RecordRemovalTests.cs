using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dundian.Core.Accounts;
using Dundian.Core.Campaigns;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Dundian.Web.Tests.FieldWork;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Workspace;

/// <summary>
/// Retiring and deleting records through the staff pages: a reason and a ticked confirmation are required, the scope
/// is checked, the act is audited, and the figures are exact afterwards — a deleted visit made during a stay moves the
/// 走访农户 figure on the dashboard, the public page and the drill-down by exactly one; a retired participant keeps
/// his figures but takes no new stay and leaves the pickers; a draft writing is deleted, a counted one is not.
/// </summary>
public abstract partial class RecordRemovalTests(DundianApp app)
{
    private sealed record Figures(decimal Dashboard, int Public, decimal DrillDown);

    private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);

    private async Task<Figures> FiguresAsync(HttpClient office, int campaignId)
    {
        var dashboard = await office.GetDocumentAsync($"/manage/campaigns/{campaignId}/dashboard");
        var figure = dashboard.QuerySelector($"a.figure[data-key='{IndicatorKeys.HouseholdsVisited}']")!;
        var drill = await office.GetDocumentAsync(figure.GetAttribute("href")!);
        var paragraph = Html.Squash((await app.CreateClient().GetDocumentAsync($"/topics/campaign/{campaignId}"))
            .QuerySelector("#campaign-statistics")!.TextContent);
        return new Figures(
            decimal.Parse(figure.GetAttribute("data-value")!, CultureInfo.InvariantCulture),
            int.Parse(Households().Match(paragraph).Groups[1].Value, CultureInfo.InvariantCulture),
            decimal.Parse(drill.QuerySelector("tfoot tr.total")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> Removal(string reason, bool confirm = true) => confirm
        ? new() { ["Reason"] = reason, ["Confirm"] = "true" }
        : new() { ["Reason"] = reason };

    private async Task<int> HouseholdAsync(int villageId) => await app.DbAsync(async db =>
    {
        var h = new Household { VillageId = villageId, HeadName = "测试户" + Guid.NewGuid().ToString("N")[..4], CreatedAt = DateTime.UtcNow };
        db.Households.Add(h);
        await db.SaveChangesAsync();
        return h.Id;
    });

    [Fact]
    public async Task A_mistaken_visit_made_in_a_stay_is_deleted_and_the_households_figure_moves_by_exactly_one()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 16);
        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync("/manage/field-logs/new", CampaignTestData.StayForm(cadre, households: 3)), "/manage/field-logs");
        var logId = await app.DbAsync(db => db.FieldLogs.Where(l => l.ParticipantId == cadre.ParticipantId).Select(l => l.Id).SingleAsync());
        var householdId = await HouseholdAsync(cadre.VillageId);
        var url = $"/manage/households/{householdId}";
        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Visit.FieldLogId"] = Text(logId), ["Visit.Notes"] = "入户了解情况",
        }, url + "?handler=Visit"), url);
        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Visit.FieldLogId"] = "", ["Visit.VisitedOn"] = "2007-04-20", ["Visit.Visitors"] = "村干部", ["Visit.Notes"] = "电话回访",
        }, url + "?handler=Visit"), url);
        var visits = await app.DbAsync(db => db.HouseholdVisits.Where(v => v.HouseholdId == householdId).Select(v => new { v.Id, v.FieldLogId }).ToListAsync());
        var inStay = visits.Single(v => v.FieldLogId == logId).Id;
        var registerOnly = visits.Single(v => v.FieldLogId == null).Id;
        var before = await FiguresAsync(office, cadre.CampaignId);

        // The page offers the deletion on each row, with a reason and a confirmation box.
        var page = await cadre.Client.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector($"tr[data-visit='{inStay}'] form input[name='Confirm'][type='checkbox']"));
        // Unconfirmed, or without a reason: a Chinese message, nothing changed.
        var unconfirmed = await cadre.Client.PostFormAsync(url, Removal("户名录错", confirm: false), $"{url}?handler=DeleteVisit&visitId={inStay}");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("请勾选“我确认删除”", await unconfirmed.TextAsync());
        var noReason = await cadre.Client.PostFormAsync(url, Removal(" "), $"{url}?handler=DeleteVisit&visitId={inStay}");
        Assert.Contains("请填写删除的理由", await noReason.TextAsync());
        Assert.Equal(2, await app.DbAsync(db => db.HouseholdVisits.CountAsync(v => v.HouseholdId == householdId)));
        Assert.Equal(before, await FiguresAsync(office, cadre.CampaignId));

        // His group lead may change the register in the village but not the cadre's log, so not a visit counted in it.
        var lead = await app.SignInLinkedAsync(StaffRole.GroupLead, 16, leader: true);
        var byLead = await lead.Client.PostFormAsync(url, Removal("不对"), $"{url}?handler=DeleteVisit&visitId={inStay}");
        Assert.Contains("只能更正本人的蹲点日志", await byLead.TextAsync());
        // A cadre of another group does not reach the household at all.
        var stranger = await app.SignInLinkedAsync(StaffRole.Cadre, 17);
        WritingClients.AssertDenied(await stranger.Client.PostFormAsync("/manage/households", Removal("不对"), $"{url}?handler=DeleteVisit&visitId={inStay}"));
        Assert.Equal(before, await FiguresAsync(office, cadre.CampaignId));

        // A register-only visit was never counted: deleting it moves nothing.
        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync(url, Removal("重复录入"), $"{url}?handler=DeleteVisit&visitId={registerOnly}"), url);
        Assert.Equal(before, await FiguresAsync(office, cadre.CampaignId));

        // The visit counted in the stay: every figure moves by exactly one, the log says 2, the reason is audited.
        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync(url, Removal("走访的不是这一户"), $"{url}?handler=DeleteVisit&visitId={inStay}"), url);
        Assert.Equal(new Figures(before.Dashboard - 1, before.Public - 1, before.DrillDown - 1), await FiguresAsync(office, cadre.CampaignId));
        Assert.Equal(2, await app.DbAsync(db => db.FieldLogs.Where(l => l.Id == logId).Select(l => l.HouseholdsVisited).SingleAsync()));
        Assert.False(await app.DbAsync(db => db.HouseholdVisits.AnyAsync(v => v.HouseholdId == householdId)));
        var audit = await app.DbAsync(db => db.AuditEntries.Where(e => e.UserId == cadre.User.Id).ToListAsync());
        Assert.Contains(audit, e => e.Action == HouseholdService.VisitDeletedAction && e.EntityKey == Text(inStay) && e.Details!.Contains("走访的不是这一户"));
        Assert.Contains(audit, e => e.Action == "Update" && e.EntityType == nameof(FieldLog) && e.Details!.Contains("\"HouseholdsVisited\":{\"from\":3,\"to\":2}"));
    }

    [Fact]
    public async Task A_retired_participant_keeps_his_figures_leaves_the_pickers_and_records_no_new_stay()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 18);
        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync("/manage/field-logs/new", CampaignTestData.StayForm(cadre, households: 4)), "/manage/field-logs");
        var before = await FiguresAsync(office, cadre.CampaignId);
        var edit = $"/manage/campaigns/{cadre.CampaignId}/participants/edit/{cadre.ParticipantId}";

        // Only an office that may set the campaign up: a cadre is refused.
        WritingClients.AssertDenied(await cadre.Client.PostFormAsync("/manage/field-logs/new", Removal("离任"), edit + "?handler=Retire"));
        var unconfirmed = await office.PostFormAsync(edit, Removal("调离", confirm: false), edit + "?handler=Retire");
        Assert.Contains("请勾选“我确认停用”", await unconfirmed.TextAsync());
        Assert.Null(await app.DbAsync(db => db.Participants.Where(p => p.Id == cadre.ParticipantId).Select(p => p.RetiredAt).SingleAsync()));

        CampaignTestData.AssertRedirectTo(await office.PostFormAsync(edit, Removal("工作调动,调离本县"), edit + "?handler=Retire"),
            $"/manage/campaigns/{cadre.CampaignId}/participants");
        Assert.Equal(before, await FiguresAsync(office, cadre.CampaignId));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == CampaignRetirements.ParticipantRetired
            && e.EntityKey == Text(cadre.ParticipantId) && e.Details!.Contains("工作调动"))));
        Assert.Contains("停用:工作调动,调离本县", Html.Squash((await office.GetDocumentAsync(edit)).Body!.TextContent));
        var form = await office.GetDocumentAsync("/manage/field-logs/new");
        Assert.NotNull(form.QuerySelector("select#participantId option"));
        Assert.Null(form.QuerySelector($"select#participantId option[value='{cadre.ParticipantId}']"));

        // His own new stay is refused with a Chinese message; nothing is added.
        var logs = await app.FieldLogCountAsync();
        var refused = await cadre.Client.PostFormAsync("/manage/field-logs/new", CampaignTestData.StayForm(cadre, "2007-05-02", "2007-05-02"));
        Assert.Contains("已停用", await refused.TextAsync());
        Assert.Equal(logs, await app.FieldLogCountAsync());

        // A group's leader is not retired while he leads it, and a group with active members is not retired either.
        var group = await app.DbAsync(db => db.ResearchGroups.SingleAsync(g => g.Id == cadre.GroupId));
        var leaderEdit = $"/manage/campaigns/{cadre.CampaignId}/participants/edit/{group.LeaderId}";
        Assert.Contains("请先更换组长", await (await office.PostFormAsync(leaderEdit, Removal("调离"), leaderEdit + "?handler=Retire")).TextAsync());
        var groupEdit = $"/manage/campaigns/{cadre.CampaignId}/groups/edit/{group.Id}";
        Assert.Contains("名在册成员", await (await office.PostFormAsync(groupEdit, Removal("并组"), groupEdit + "?handler=Retire")).TextAsync());
        Assert.Null(await app.DbAsync(db => db.ResearchGroups.Where(g => g.Id == group.Id).Select(g => g.RetiredAt).SingleAsync()));
    }

    [Fact]
    public async Task A_retired_topic_is_no_longer_offered_to_authors()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var author = await app.SignInLinkedAsync(StaffRole.Cadre, 11);
        var topicId = await app.DbAsync(async db =>
        {
            var t = new ResearchTopic { CampaignId = author.CampaignId, Title = "待撤销的主题" + Guid.NewGuid().ToString("N")[..4], ParticipantId = author.ParticipantId };
            db.ResearchTopics.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
        var option = $"select#Input_TopicId option[value='{topicId}']";
        Assert.NotNull((await author.Client.GetDocumentAsync("/manage/writings/reports/edit")).QuerySelector(option));
        var edit = $"/manage/campaigns/{author.CampaignId}/topics/edit/{topicId}";
        CampaignTestData.AssertRedirectTo(await office.PostFormAsync(edit, Removal("与另一主题合并"), edit + "?handler=Retire"), $"/manage/campaigns/{author.CampaignId}/topics");
        Assert.Null((await author.Client.GetDocumentAsync("/manage/writings/reports/edit")).QuerySelector(option));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == CampaignRetirements.TopicRetired && e.EntityKey == Text(topicId))));
        // Retiring twice is refused, not repeated.
        Assert.Contains("已撤销", await (await office.PostFormAsync(edit, Removal("再来一次"), edit + "?handler=Retire")).TextAsync());
    }

    [Fact]
    public async Task A_draft_writing_is_deleted_with_a_reason_and_a_counted_one_is_not()
    {
        var author = await app.SignInLinkedAsync(StaffRole.Cadre, 12);
        var draft = await author.WriteDraftAsync("notes", "写错的草稿", "<p>草稿</p>");
        var submitted = await author.WriteDraftAsync("notes", "已提交的手记", "<p>正文</p>", submit: true);
        var url = $"/manage/writings/notes/{draft}";
        Assert.NotNull((await author.Client.GetDocumentAsync(url)).QuerySelector("form input[name='Reason']"));

        CampaignTestData.AssertRedirectTo(await author.Client.PostFormAsync(url, Removal("误建"), url + "?handler=Delete"), "/manage/writings/notes");
        Assert.False(await app.DbAsync(db => db.FieldNotes.AnyAsync(n => n.Id == draft)));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == WritingService.DeletedAction && e.EntityKey == Text(draft) && e.Details!.Contains("误建"))));

        var counted = $"/manage/writings/notes/{submitted}";
        var refused = await author.Client.PostFormAsync(counted, Removal("不想要了"), counted + "?handler=Delete");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("已计入统计,不能删除", await refused.TextAsync());
        Assert.True(await app.DbAsync(db => db.FieldNotes.AnyAsync(n => n.Id == submitted)));
    }

    [GeneratedRegex(@"走访农户(\d+)户")]
    private static partial Regex Households();
}

public sealed class RecordRemovalTestsOnSqlite(SqliteApp app) : RecordRemovalTests(app), IClassFixture<SqliteApp>;
public sealed class RecordRemovalTestsOnPostgres(PostgresApp app) : RecordRemovalTests(app), IClassFixture<PostgresApp>;
