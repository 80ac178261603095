using System.Net;
using Dundian.Core.Accounts;
using Dundian.Core.Concerns;
using Dundian.Testing;
using Dundian.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Dundian.Web.Tests.Concerns;

/// <summary>The staff workbench: who reaches which concern, hotline entry, refused steps.</summary>
public abstract class ConcernStaffTests(DundianApp app)
{
    private Task<(HttpClient Client, AppUser User)> SignInAsync(StaffRole role, string unit) =>
        app.SignInAsync(role, unit, "concern", ConcernClients.NewIp());

    [Fact]
    public async Task A_cadre_is_refused_the_concern_pages()
    {
        var concern = await app.SeedConcernAsync("东门渔村", "渔港垃圾堆积无人清运");
        var (cadre, _) = await SignInAsync(StaffRole.Cadre, "象山县");
        foreach (var url in new[] { "/manage/concerns", $"/manage/concerns/{concern.Id}", "/manage/concerns/new" })
        {
            var response = await cadre.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.RedirectTarget());
        }
        var home = await (await cadre.GetAsync("/manage")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("/manage/concerns", home);
    }

    [Fact]
    public async Task A_town_office_sees_its_own_concerns_and_cannot_open_or_act_on_another_town()
    {
        var own = await app.SeedConcernAsync("番西村", "番西村自来水水压偏低 " + Guid.NewGuid().ToString("N")[..6]);
        var other = await app.SeedConcernAsync("丹城村", "丹城村路口积水严重 " + Guid.NewGuid().ToString("N")[..6]);
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "石浦镇");

        var list = await (await office.GetAsync("/manage/concerns")).Content.ReadAsStringAsync();
        Assert.Contains(own.TrackingNumber, list);
        Assert.DoesNotContain(other.TrackingNumber, list);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/manage/concerns/{own.Id}")).StatusCode);

        var denied = await office.GetAsync($"/manage/concerns/{other.Id}");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/access-denied", denied.RedirectTarget());

        // A forged post on the other town's concern (token taken from an allowed page) changes nothing.
        var unit = (await app.OrgUnitIdAsync("石浦镇")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var forged = await office.PostFormAsync($"/manage/concerns/{own.Id}", new Dictionary<string, string> { ["unitId"] = unit },
            $"/manage/concerns/{other.Id}?handler=Assign");
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.StartsWith("/account/access-denied", forged.RedirectTarget());
        Assert.Equal(ConcernStatus.Received, await app.DbAsync(db => db.Concerns.Where(c => c.Id == other.Id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_transition_shows_the_chinese_message_and_changes_nothing()
    {
        var concern = await app.SeedConcernAsync("延昌村", "延昌村路灯不亮,夜间出行不便");
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "象山县");
        var events = await app.DbAsync(db => db.ConcernEvents.CountAsync(e => e.ConcernId == concern.Id));

        var response = await office.StepAsync(concern.Id, "Resolve", new() { ["result"] = "已修好" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("诉求当前状态为“受理”,不能办结。", await response.TextAsync());

        var stored = await app.DbAsync(db => db.Concerns.Include(c => c.Events).SingleAsync(c => c.Id == concern.Id));
        Assert.Equal(ConcernStatus.Received, stored.Status);
        Assert.Null(stored.Result);
        Assert.Equal(events, stored.Events.Count);
    }

    [Fact]
    public async Task Return_extension_and_an_unsatisfied_follow_up_run_through_the_pages()
    {
        var concern = await app.SeedConcernAsync("沙塘湾村", "沙塘湾村海塘护栏损坏存在安全隐患");
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "象山县");
        var unit = (await app.OrgUnitIdAsync("石浦镇")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        async Task Step(string handler, Dictionary<string, string>? fields = null)
        {
            var r = await office.StepAsync(concern.Id, handler, fields);
            Assert.True(r.StatusCode == HttpStatusCode.Redirect, handler + ": " + await r.TextAsync());
        }

        await Step("Assign", new() { ["unitId"] = unit });
        await Step("Return", new() { ["reason"] = "不属于本单位职责" });
        await Step("Assign", new() { ["unitId"] = unit });
        await Step("Start");
        await Step("RequestExtension", new() { ["until"] = "2099-12-31", ["reason"] = "需采购材料" });
        await Step("DecideExtension", new() { ["approve"] = "true" });
        await Step("Update", new() { ["note"] = "材料已到位", ["isPublic"] = "true" });
        await Step("Resolve", new() { ["result"] = "护栏已修复" });
        await Step("FollowUp", new() { ["verdict"] = "Unsatisfied", ["note"] = "仍有一段未修" });

        var stored = await app.DbAsync(db => db.Concerns.Include(c => c.Events).SingleAsync(c => c.Id == concern.Id));
        Assert.Equal(ConcernStatus.InProgress, stored.Status);
        Assert.Equal(1, stored.ReopenCount);
        Assert.Contains(stored.Events, e => e.Kind == ConcernEventKind.Returned);
        Assert.Contains(stored.Events, e => e.Kind == ConcernEventKind.ExtensionApproved);
        Assert.All(stored.Events.Where(e => e.Kind != ConcernEventKind.Received), e => Assert.StartsWith("concern-", e.Actor));
    }

    [Fact]
    public async Task The_list_filters_by_overdue_status_and_category()
    {
        var overdue = await app.SeedConcernAsync("南田村", "南田村灌溉水渠堵塞 " + Guid.NewGuid().ToString("N")[..6]);
        var fresh = await app.SeedConcernAsync("南田村", "南田村公厕无人保洁 " + Guid.NewGuid().ToString("N")[..6]);
        await app.DbAsync(async db =>
        {
            var c = await db.Concerns.SingleAsync(x => x.Id == overdue.Id);
            c.Assign(c.VillageId, 1, DateTime.UtcNow.AddDays(-5), "office"); // due four days ago
            return await db.SaveChangesAsync();
        });
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "鹤浦镇");

        var late = await (await office.GetAsync("/manage/concerns?overdue=true")).Content.ReadAsStringAsync();
        Assert.Contains(overdue.TrackingNumber, late);
        Assert.Contains("已超期", late);
        Assert.DoesNotContain(fresh.TrackingNumber, late);

        var received = await (await office.GetAsync("/manage/concerns?status=Received&category=sanitation")).Content.ReadAsStringAsync();
        Assert.Contains(fresh.TrackingNumber, received);
        Assert.DoesNotContain(overdue.TrackingNumber, received);
        var roads = await (await office.GetAsync("/manage/concerns?category=roads")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(fresh.TrackingNumber, roads);
    }

    [Fact]
    public async Task A_hotline_operator_enters_a_call_and_reads_back_number_and_code()
    {
        var (operatorClient, user) = await SignInAsync(StaffRole.HotlineOperator, "石浦镇");
        var form = await app.ValidFormAsync("来电反映东门渔村渔港照明不足 " + Guid.NewGuid().ToString("N")[..6]);
        var posted = await operatorClient.PostFormAsync("/manage/concerns/new", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var detail = await Html.ParseAsync(await operatorClient.GetAsync(posted.RedirectTarget()));
        var number = detail.QuerySelector("#tracking-number")!.TextContent.Trim();
        var code = detail.QuerySelector("#query-code")!.TextContent.Trim();

        var stored = await app.DbAsync(db => db.Concerns.Include(c => c.Events).SingleAsync(c => c.TrackingNumber == number));
        Assert.Equal(ConcernSource.Hotline, stored.Source);
        Assert.Equal(user.UserName, stored.Events.Single().Actor);
        var (_, tracked) = await app.Resident().TrackAsync(number, code);
        Assert.Contains("受理", tracked);

        // A village outside the operator's town is refused and nothing is stored.
        var before = await app.ConcernCountAsync();
        form["Input.VillageId"] = (await app.OrgUnitIdAsync("丹城村")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await operatorClient.PostFormAsync("/manage/concerns/new", form);
        Assert.Contains("不在您的管理范围内", await refused.TextAsync());
        Assert.Equal(before, await app.ConcernCountAsync());
    }

    [Fact]
    public async Task A_suggested_duplicate_is_merged_and_both_keep_their_history()
    {
        var first = await app.SeedConcernAsync("小百丈村", "小百丈村村口垃圾桶满溢无人清运,气味很大");
        var second = await app.SeedConcernAsync("小百丈村", "小百丈村村口的垃圾桶满溢,无人清运,气味大");
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "象山县");
        var page = await (await office.GetAsync($"/manage/concerns/{second.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("疑似重复诉求", page);
        Assert.Contains(first.TrackingNumber, page);

        var merged = await office.StepAsync(second.Id, "Merge", new() { ["duplicateId"] = first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var stored = await app.DbAsync(db => db.Concerns.Include(c => c.Events).Where(c => c.Id == first.Id || c.Id == second.Id).ToListAsync());
        var folded = stored.Single(c => c.Id == first.Id);
        Assert.Equal(ConcernStatus.Merged, folded.Status);
        Assert.Equal(second.Id, folded.MergedIntoId);
        Assert.Contains(folded.Events, e => e.Kind == ConcernEventKind.Received);
        Assert.Contains(stored.Single(c => c.Id == second.Id).Events, e => e.Kind == ConcernEventKind.MergedFrom);
    }

    [Fact]
    public async Task The_list_pages_fifty_at_a_time_and_keeps_the_filter()
    {
        var (office, _) = await SignInAsync(StaffRole.CampaignOffice, "象山县");
        var total = await app.DbAsync(db => db.Concerns.CountAsync());
        Assert.True(total > 50, "the demo has more than one page of concerns");
        var first = await office.GetDocumentAsync("/manage/concerns");
        Assert.Equal(50, first.QuerySelectorAll("table.concerns tbody tr").Length);
        var last = await office.GetDocumentAsync($"/manage/concerns?p={(total + 49) / 50}");
        Assert.Equal(total - (total - 1) / 50 * 50, last.QuerySelectorAll("table.concerns tbody tr").Length);
        var numbers = first.QuerySelectorAll("table.concerns tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToHashSet();
        Assert.DoesNotContain(last.QuerySelectorAll("table.concerns tbody tr td:first-child").Select(td => td.TextContent.Trim()), numbers.Contains);

        var resolved = await app.DbAsync(db => db.Concerns.CountAsync(c => c.Status == ConcernStatus.FollowedUp));
        var filtered = await office.GetDocumentAsync("/manage/concerns?status=FollowedUp");
        Assert.Equal(resolved.ToString(System.Globalization.CultureInfo.InvariantCulture), filtered.QuerySelector("#concern-total")?.TextContent);
        if (resolved > 50) Assert.Contains("status=FollowedUp", filtered.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
    }
}

public sealed class ConcernStaffTestsOnSqlite(SqliteApp app) : ConcernStaffTests(app), IClassFixture<SqliteApp>;
public sealed class ConcernStaffTestsOnPostgres(PostgresApp app) : ConcernStaffTests(app), IClassFixture<PostgresApp>;
