using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dundian.Core.Accounts;
using Dundian.Core.FieldWork;
using Dundian.Core.Statistics;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Workspace;

/// <summary>
/// A mistaken field log is corrected and then deleted: the office dashboard, the public campaign page and the
/// drill-down move by exactly the difference each time (and are back where they started after the delete); the
/// reason is audited; a cadre cannot touch another person's log, nor his own after the correction window.
/// </summary>
public abstract partial class FieldLogCorrectionTests(DundianApp app)
{
    private sealed record Figures(decimal Dashboard, int Public, decimal DrillDown, int PublicTalks);

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
            decimal.Parse(drill.QuerySelector("tfoot tr.total")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture),
            int.Parse(Talks().Match(paragraph).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> Correction(LinkedStaff cadre, int households, int talks, string reason)
    {
        var form = CampaignTestData.StayForm(cadre, households: households);
        form["Input.Talks"] = talks.ToString(CultureInfo.InvariantCulture);
        form["Reason"] = reason;
        return form;
    }

    [Fact]
    public async Task A_log_corrected_then_deleted_moves_every_figure_by_exactly_the_difference()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 14);
        var start = await FiguresAsync(office, cadre.CampaignId);

        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync("/manage/field-logs/new", CampaignTestData.StayForm(cadre, households: 5)), "/manage/field-logs");
        var logId = await app.DbAsync(db => db.FieldLogs.Where(l => l.ParticipantId == cadre.ParticipantId).Select(l => l.Id).SingleAsync());
        var recorded = await FiguresAsync(office, cadre.CampaignId);
        Assert.Equal(new Figures(start.Dashboard + 5, start.Public + 5, start.DrillDown + 5, start.PublicTalks + 3), recorded);

        // The list offers the correction on his row.
        var list = await cadre.Client.GetDocumentAsync("/manage/field-logs");
        Assert.NotNull(list.QuerySelector($"tr[data-log='{logId}'] a[href='/manage/field-logs/{logId}/edit']"));

        // Without a reason nothing changes.
        var noReason = await cadre.Client.PostFormAsync($"/manage/field-logs/{logId}/edit", Correction(cadre, 8, 1, " "));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("请填写更正或删除的理由", await noReason.TextAsync());
        Assert.Equal(recorded, await FiguresAsync(office, cadre.CampaignId));

        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync($"/manage/field-logs/{logId}/edit", Correction(cadre, 8, 1, "走访户数录错")), "/manage/field-logs");
        var corrected = await FiguresAsync(office, cadre.CampaignId);
        Assert.Equal(new Figures(recorded.Dashboard + 3, recorded.Public + 3, recorded.DrillDown + 3, recorded.PublicTalks - 2), corrected);
        var audit = await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(FieldLog) && e.EntityKey == logId.ToString(CultureInfo.InvariantCulture))
            .OrderBy(e => e.Id).ToListAsync());
        Assert.Contains(audit, e => e.Action == "Update" && e.Details!.Contains("\"HouseholdsVisited\":{\"from\":5,\"to\":8}"));
        Assert.Contains(audit, e => e.Action == FieldLogCorrections.CorrectedAction && e.Details!.Contains("走访户数录错") && e.UserId == cadre.User.Id);

        CampaignTestData.AssertRedirectTo(await cadre.Client.PostFormAsync($"/manage/field-logs/{logId}/edit?handler=Delete",
            new Dictionary<string, string> { ["Reason"] = "重复登记" }), "/manage/field-logs");
        Assert.Equal(start, await FiguresAsync(office, cadre.CampaignId));
        Assert.False(await app.DbAsync(db => db.FieldLogs.AnyAsync(l => l.Id == logId)));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == FieldLogCorrections.DeletedAction
            && e.EntityKey == logId.ToString(CultureInfo.InvariantCulture) && e.Details!.Contains("重复登记"))));
    }

    [Fact]
    public async Task A_cadre_cannot_touch_another_persons_log_and_an_office_can()
    {
        var owner = await app.SignInLinkedAsync(StaffRole.Cadre, 15);
        var other = await app.SignInLinkedAsync(StaffRole.Cadre, 15);
        CampaignTestData.AssertRedirectTo(await owner.Client.PostFormAsync("/manage/field-logs/new", CampaignTestData.StayForm(owner, households: 4)), "/manage/field-logs");
        var logId = await app.DbAsync(db => db.FieldLogs.Where(l => l.ParticipantId == owner.ParticipantId).Select(l => l.Id).SingleAsync());
        var url = $"/manage/field-logs/{logId}/edit";

        // Another cadre does not even see it; a group lead sees it but may not change it.
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(url)).StatusCode);
        // A forged post (token from a page he may open) is refused the same way.
        var post = await other.Client.PostFormAsync("/manage/field-logs", new Dictionary<string, string> { ["Reason"] = "x" }, url + "?handler=Delete");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var lead = await app.SignInLinkedAsync(StaffRole.GroupLead, 15, leader: true);
        var leadPage = await lead.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, leadPage.StatusCode);
        Assert.Contains("只能更正本人的蹲点日志", await leadPage.TextAsync());
        Assert.Equal(4, await app.DbAsync(db => db.FieldLogs.Where(l => l.Id == logId).Select(l => l.HouseholdsVisited).SingleAsync()));

        // Past the window his own log is closed to him, open to the office.
        await app.DbAsync(async db =>
        {
            var log = await db.FieldLogs.SingleAsync(l => l.Id == logId);
            log.CreatedAt = DateTime.UtcNow.AddDays(-30);
            return await db.SaveChangesAsync();
        });
        var late = await owner.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Contains("登记已超过", await late.TextAsync());
        var (office, _) = await app.SignInOfficeAsync();
        CampaignTestData.AssertRedirectTo(await office.PostFormAsync(url, Correction(owner, 6, 3, "办公室核实后更正")), "/manage/field-logs");
        Assert.Equal(6, await app.DbAsync(db => db.FieldLogs.Where(l => l.Id == logId).Select(l => l.HouseholdsVisited).SingleAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_person_village_dates_and_words()
    {
        var (office, _) = await app.SignInOfficeAsync();
        var campaignId = await app.CountyCampaignIdAsync();
        var sample = await app.DbAsync(db => db.FieldLogs.Where(l => l.CampaignId == campaignId)
            .Select(l => new { l.ParticipantId, l.Participant!.Name, l.VillageId }).FirstAsync());
        var expected = await app.DbAsync(db => db.FieldLogs.CountAsync(l => l.ParticipantId == sample.ParticipantId));
        var page = await office.GetDocumentAsync($"/manage/field-logs?participantId={sample.ParticipantId}");
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#log-total")!.TextContent);
        // The picker is a plain select that works without script, with a filter box for script.
        Assert.NotNull(page.QuerySelector($"select#participantId option[value='{sample.ParticipantId}'][selected]"));
        Assert.NotNull(page.QuerySelector("input.picker-filter[data-filter-for='participantId']"));

        var byWord = await office.GetDocumentAsync("/manage/field-logs?q=" + Uri.EscapeDataString(sample.Name));
        Assert.All(byWord.QuerySelectorAll("table.field-logs tbody tr"), r => Assert.Contains(sample.Name, r.TextContent));
        var byVillage = await app.DbAsync(db => db.FieldLogs.CountAsync(l => l.VillageId == sample.VillageId && l.StartDate <= new DateOnly(2007, 4, 30) && l.EndDate >= new DateOnly(2007, 4, 1)));
        var villagePage = await office.GetDocumentAsync($"/manage/field-logs?villageId={sample.VillageId}&from=2007-04-01&to=2007-04-30");
        Assert.Equal(byVillage.ToString(CultureInfo.InvariantCulture), villagePage.QuerySelector("#log-total")!.TextContent);
    }

    [GeneratedRegex(@"走访农户(\d+)户")]
    private static partial Regex Households();

    [GeneratedRegex(@"与群众谈心(\d+)人次")]
    private static partial Regex Talks();
}

public sealed class FieldLogCorrectionTestsOnSqlite(SqliteApp app) : FieldLogCorrectionTests(app), IClassFixture<SqliteApp>;
public sealed class FieldLogCorrectionTestsOnPostgres(PostgresApp app) : FieldLogCorrectionTests(app), IClassFixture<PostgresApp>;
