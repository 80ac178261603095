using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Core.FieldWork;
using Dundian.Core.Inbox;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Dundian.Web.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Concerns;

/// <summary>The staff inbox (badge, list, mark read — own entries only) and concerns registered from a field log.</summary>
public abstract class ConcernInboxAndFieldLogTests(DundianApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<long> AddEntryAsync(string userId, string subject, string? link = null) => app.DbAsync(async db =>
    {
        var entry = new InboxEntry { RecipientUserId = userId, Subject = subject, Body = "请督促办理。", Link = link, CreatedAt = DateTime.UtcNow };
        db.InboxEntries.Add(entry);
        await db.SaveChangesAsync(Ct);
        return entry.Id;
    });

    [Fact]
    public async Task The_inbox_shows_the_unread_count_and_marks_an_entry_read_with_an_audit_entry()
    {
        var concern = await app.SeedConcernAsync("东门渔村", "渔港垃圾堆积无人清运 " + Guid.NewGuid().ToString("N")[..6]);
        var (office, user) = await app.SignInAsync(StaffRole.CampaignOffice, "石浦镇", "inbox", ConcernClients.NewIp());
        var subject = "督办(第 1 级):诉求 " + concern.TrackingNumber + " 已超期";
        var id = await AddEntryAsync(user.Id, subject, $"/manage/concerns/{concern.Id}");

        var home = await office.GetDocumentAsync("/manage");
        Assert.Equal("1", home.QuerySelector("#inbox-count")?.TextContent.Trim());
        var inbox = await office.GetAsync("/manage/inbox", Ct);
        Assert.Contains(Html.Squash(subject), await inbox.TextAsync());

        var read = await office.PostFormAsync("/manage/inbox", new Dictionary<string, string>(), $"/manage/inbox?handler=Read&id={id}");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal($"/manage/concerns/{concern.Id}", read.RedirectTarget());
        Assert.NotNull(await app.DbAsync(db => db.InboxEntries.Where(e => e.Id == id).Select(e => e.ReadAt).SingleAsync(Ct)));
        Assert.True(await app.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(InboxEntry) && a.EntityKey == id.ToString() && a.UserId == user.Id, Ct)));
        var unread = await app.DbAsync(db => db.InboxEntries.Where(e => e.RecipientUserId == user.Id && e.ReadAt == null).Select(e => e.Subject).ToListAsync(Ct));
        Assert.Empty(unread);
        Assert.Null((await office.GetDocumentAsync("/manage")).QuerySelector("#inbox-count"));
    }

    [Fact]
    public async Task Another_users_entry_is_not_found_and_stays_unread()
    {
        var (owner, ownerUser) = await app.SignInAsync(StaffRole.CampaignOffice, "石浦镇", "inbox", ConcernClients.NewIp());
        var id = await AddEntryAsync(ownerUser.Id, "督办通知(他人)");
        var (other, _) = await app.SignInAsync(StaffRole.CampaignOffice, "石浦镇", "inbox", ConcernClients.NewIp());

        Assert.DoesNotContain("督办通知(他人)", await (await other.GetAsync("/manage/inbox", Ct)).Content.ReadAsStringAsync(Ct));
        var forged = await other.PostFormAsync("/manage/inbox", new Dictionary<string, string>(), $"/manage/inbox?handler=Read&id={id}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Null(await app.DbAsync(db => db.InboxEntries.Where(e => e.Id == id).Select(e => e.ReadAt).SingleAsync(Ct)));
        Assert.Contains("督办通知(他人)", await (await owner.GetAsync("/manage/inbox", Ct)).Content.ReadAsStringAsync(Ct));
    }

    private Task<long> AddLogAsync(LinkedStaff cadre) => app.DbAsync(async db =>
    {
        var village = await db.OrgUnits.SingleAsync(u => u.Id == cadre.VillageId, Ct);
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == cadre.CampaignId, Ct);
        var log = new FieldLog
        {
            CampaignId = cadre.CampaignId, ParticipantId = cadre.ParticipantId, VillageId = village.Id, VillagePath = village.Path,
            StartDate = campaign.StartDate.AddDays(2), EndDate = campaign.StartDate.AddDays(3), Symposiums = 1, SymposiumAttendees = 15,
            CreatedAt = DateTime.UtcNow, CreatedByUserId = cadre.User.Id,
        };
        db.FieldLogs.Add(log);
        await db.SaveChangesAsync(Ct);
        return log.Id;
    });

    [Fact]
    public async Task A_cadre_registers_a_concern_raised_at_a_symposium_linked_to_his_field_log()
    {
        var cadre = await app.SignInLinkedAsync(StaffRole.Cadre, 1);
        var logId = await AddLogAsync(cadre);
        var list = await cadre.Client.GetAsync("/manage/field-logs", Ct);
        Assert.Contains($"/manage/field-logs/{logId}/concerns", await list.Content.ReadAsStringAsync(Ct));

        var description = "座谈会上村民反映:村口机耕路坑洼,农用车难以通行 " + Guid.NewGuid().ToString("N")[..6];
        var url = $"/manage/field-logs/{logId}/concerns";
        var posted = await cadre.Client.PostMultipartAsync(url, new Dictionary<string, string>
        {
            ["Input.CategoryCode"] = "roads", ["Input.VillageId"] = cadre.VillageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Description"] = description,
        }, [new MultipartForms.Upload("Input.Photos", "机耕路.png", TestImages.Png(), "image/png")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var stored = await app.DbAsync(db => db.Concerns.Include(c => c.Photos).SingleAsync(c => c.Description == description, Ct));
        Assert.Equal(logId, stored.FieldLogId);
        Assert.Equal(ConcernSource.FieldVisit, stored.Source);
        Assert.Null(stored.ReporterPhone);
        Assert.Single(stored.Photos);
        var page = await cadre.Client.GetDocumentAsync(url);
        Assert.Equal(stored.TrackingNumber, page.QuerySelector("#tracking-number")?.TextContent.Trim());
        Assert.Matches(@"^\d{6}$", page.QuerySelector("#query-code")?.TextContent.Trim() ?? "");
        Assert.Contains(stored.TrackingNumber, page.QuerySelector("table.field-log-concerns")?.TextContent ?? "");

        var (office, _) = await app.SignInAsync(StaffRole.CampaignOffice, "象山县", "office", ConcernClients.NewIp());
        var detail = await (await office.GetAsync($"/manage/concerns/{stored.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains($"/manage/field-logs/{logId}/concerns", detail);
    }

    [Fact]
    public async Task Another_cadre_cannot_register_on_a_log_he_may_not_see()
    {
        var owner = await app.SignInLinkedAsync(StaffRole.Cadre, 2);
        var logId = await AddLogAsync(owner);
        var stranger = await app.SignInLinkedAsync(StaffRole.Cadre, 3);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/manage/field-logs/{logId}/concerns", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync("/manage/field-logs/999999999/concerns", Ct)).StatusCode);
        var before = await app.ConcernCountAsync();
        // The token of a page he may open, posted to the log he may not see.
        var forged = await stranger.Client.PostMultipartAsync("/manage/field-logs", new Dictionary<string, string>
        {
            ["Input.CategoryCode"] = "roads", ["Input.VillageId"] = owner.VillageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Description"] = "冒名登记的诉求内容,不应保存",
        }, [], $"/manage/field-logs/{logId}/concerns");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(before, await app.ConcernCountAsync());
    }
}

public sealed class ConcernInboxAndFieldLogTestsOnSqlite(SqliteApp app) : ConcernInboxAndFieldLogTests(app), IClassFixture<SqliteApp>;
public sealed class ConcernInboxAndFieldLogTestsOnPostgres(PostgresApp app) : ConcernInboxAndFieldLogTests(app), IClassFixture<PostgresApp>;
